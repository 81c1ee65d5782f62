package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.financing.LoanApplicationStateChanged;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.APPLICANT;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.COOPERATIVE;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.NOW;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.OFFICER;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.PARTNER;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.problem;
import static id.go.bekasikota.koperasi.financing.domain.LoanRepaymentTest.flatProgram;
import static id.go.bekasikota.koperasi.financing.domain.LoanRepaymentTest.forwarded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may open and correct an application, what a correction leaves alone, and that a step reads the application's own program. */
class LoanApplicationGuardTest {

    final FinancingProgram program = flatProgram("bank-a");
    /** Another program with the same limits: only its identity tells it apart. */
    final FinancingProgram other = flatProgram("bank-b");

    @Test
    void onlyACooperativeAccountOrAnOfficerApplies() {
        // A token that names a cooperative does not make an auditor or a partner its applicant.
        Actor auditor = new Actor("auditor@dinas", ActorRole.AUDITOR, COOPERATIVE, null);
        Actor partner = new Actor("user@bank-a", ActorRole.PARTNER, COOPERATIVE, "bank-a");
        assertThat(problem(() -> LoanApplication.applicantFor(null, auditor)).type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(problem(() -> LoanApplication.applicantFor(COOPERATIVE, partner)).type()).isEqualTo(ProblemType.FORBIDDEN);

        LoanApplication application = new LoanApplication();
        assertThat(problem(() -> application.open(COOPERATIVE, "Koperasi Uji", null, program,
                new LoanProposal(COOPERATIVE, program.id, 1_200_000, 6, "Modal kerja"), PARTNER, NOW)).type())
                .isEqualTo(ProblemType.FORBIDDEN);
        assertThat(application.id).isNull();
    }

    @Test
    void aCorrectionChangesWhatItNamesAndNothingElse() {
        LoanApplication application = draft();
        application.correct(null, new LoanCorrection(null, null, 18, null), APPLICANT, NOW);
        assertThat(application.requestedTenorMonths).isEqualTo(18);
        assertThat(application.requestedAmount).isEqualTo(1_200_000);
        assertThat(application.purpose).isEqualTo("Modal kerja");
        assertThat(application.programId).isEqualTo(program.id);

        application.correct(null, new LoanCorrection(null, 1_500_000L, null, null), OFFICER, NOW);
        assertThat(application.requestedAmount).isEqualTo(1_500_000);
        assertThat(application.requestedTenorMonths).isEqualTo(18);

        application.correct(other, new LoanCorrection(other.id, null, null, "Pengadaan mesin"), APPLICANT, NOW);
        assertThat(application.programId).isEqualTo(other.id);
        assertThat(application.partnerId).isEqualTo("bank-b");
        assertThat(application.purpose).isEqualTo("Pengadaan mesin");
        assertThat(application.requestedAmount).isEqualTo(1_500_000);

        // Each correction is a line of the history, by whom, naming what changed from what to what; the state stays.
        assertThat(application.history).extracting(c -> c.action).containsExactly(LoanAction.CREATE, LoanAction.CORRECT,
                LoanAction.CORRECT, LoanAction.CORRECT);
        assertThat(application.history.subList(1, 4)).extracting(c -> c.actor, c -> c.fromState, c -> c.toState, c -> c.reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(APPLICANT.subject(), LoanApplicationState.DRAFT, LoanApplicationState.DRAFT,
                                "tenor 6 -> 18 months"),
                        org.assertj.core.groups.Tuple.tuple(OFFICER.subject(), LoanApplicationState.DRAFT, LoanApplicationState.DRAFT,
                                "amount 1200000 -> 1500000"),
                        org.assertj.core.groups.Tuple.tuple(APPLICANT.subject(), LoanApplicationState.DRAFT, LoanApplicationState.DRAFT,
                                "program " + program.id + " -> " + other.id + "; purpose rewritten"));
        // A correction that changes nothing writes nothing.
        application.correct(null, new LoanCorrection(null, 1_500_000L, 18, "Pengadaan mesin"), APPLICANT, NOW);
        assertThat(application.history).hasSize(4);
    }

    @Test
    void documentsAttachedAndRemovedAreLinesOfTheHistoryByTypeSizeAndHashNeverByFileName() {
        LoanApplication application = draft();
        LoanDocument document = new LoanDocument();
        document.documentType = "KTP_PENGURUS";
        document.mediaType = "image/png";
        document.sizeBytes = 2048;
        document.sha256 = "ab".repeat(32);
        document.uploadedBy = APPLICANT.subject();
        document.uploadedAt = NOW;
        application.documentAttached(document, APPLICANT, NOW);
        document.filename = "ktp.png";
        application.documentRemoved(document, OFFICER, NOW);
        assertThat(application.history).extracting(c -> c.action).containsExactly(LoanAction.CREATE, LoanAction.ATTACH_DOCUMENT,
                LoanAction.REMOVE_DOCUMENT);
        assertThat(application.history.get(1).reason).isEqualTo("KTP_PENGURUS (image/png, 2048 bytes, SHA-256 " + "ab".repeat(32) + ")");
        assertThat(application.history.get(2).reason).isEqualTo("KTP_PENGURUS (image/png, 2048 bytes, SHA-256 " + "ab".repeat(32)
                + "), uploaded by " + APPLICANT.subject() + " at " + NOW);
        assertThat(application.history.get(2).actor).isEqualTo(OFFICER.subject());
        assertThat(application.history.get(2).fromState).isEqualTo(LoanApplicationState.DRAFT);
        assertThat(application.history.get(2).toState).isEqualTo(LoanApplicationState.DRAFT);
        assertThat(application.state).isEqualTo(LoanApplicationState.DRAFT);
        // Neither is a change of the application: its update time (and so its version) stays.
        assertThat(application.updatedAt).isEqualTo(NOW);
        assertThat(String.join(" ", application.history.stream().map(c -> String.valueOf(c.reason)).toList())).doesNotContain("ktp.png");
    }

    @Test
    void inPlaceActionsAreNoMovesOfTheStateMachine() {
        assertThat(java.util.Arrays.stream(LoanAction.values()).filter(LoanAction::inPlace))
                .containsExactly(LoanAction.CORRECT, LoanAction.ATTACH_DOCUMENT, LoanAction.REMOVE_DOCUMENT);
        for (LoanAction action : List.of(LoanAction.CORRECT, LoanAction.ATTACH_DOCUMENT, LoanAction.REMOVE_DOCUMENT)) {
            assertThat(problem(() -> action.from(LoanApplicationState.DRAFT)).type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        }
    }

    @Test
    void aPartnerDoesNotCorrectAnApplication() {
        LoanApplication application = draft();
        assertThat(problem(() -> application.correct(null, new LoanCorrection(null, 2_000_000L, null, null), PARTNER, NOW)).type())
                .isEqualTo(ProblemType.FORBIDDEN);
        assertThat(application.requestedAmount).isEqualTo(1_200_000);
    }

    @Test
    void theRecommendationAndTheDecisionReadTheApplicationsOwnProgram() {
        LoanApplication verified = draft();
        verified.submit(LoanApplicationTest.ELIGIBLE, List.of(), List.of(), APPLICANT, null, NOW);
        verified.move(LoanAction.VERIFY, OFFICER, null, NOW);
        assertThatThrownBy(() -> verified.recommend(other, LoanApplicationTest.ELIGIBLE, OFFICER, null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(verified.state).isEqualTo(LoanApplicationState.VERIFIED);

        LoanApplication application = forwarded(program);
        assertThatThrownBy(() -> application.approve(other, new LoanDecision.Approve(null, null, null, null), PARTNER, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.state).isEqualTo(LoanApplicationState.FORWARDED);
    }

    @Test
    void aDeclineIsADecisionWithItsEvent() {
        LoanApplication application = forwarded(program);
        List<DomainEvent> events = application.decide(program, new LoanDecision.Decline("Agunan kurang"), PARTNER, NOW);
        assertThat(events).hasSize(1);
        assertThat(((LoanApplicationStateChanged) events.get(0).data()).toState()).isEqualTo("DECLINED");
        assertThat(application.state).isEqualTo(LoanApplicationState.DECLINED);
    }

    private LoanApplication draft() {
        LoanApplication application = new LoanApplication();
        application.open(COOPERATIVE, "Koperasi Uji", null, program, new LoanProposal(null, program.id, 1_200_000, 6, "Modal kerja"),
                APPLICANT, NOW);
        return application;
    }
}
