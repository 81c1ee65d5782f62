package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.contracts.financing.LoanApplicationStateChanged;
import id.go.bekasikota.koperasi.contracts.financing.LoanRepaymentRecorded;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The loan application aggregate without a database: who may act, the limits of a decision and
 * a recommendation, submission, the dates of a disbursement and a repayment, and the events'
 * aggregate versions. The office day of {@link #NOW} is 10 March 2026 (10:00 in Kota Bekasi).
 */
class LoanApplicationTest {

    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final UUID COOPERATIVE = UUID.randomUUID();
    static final Actor APPLICANT = new Actor("koperasi@uji", ActorRole.COOPERATIVE, COOPERATIVE, null);
    static final Actor OFFICER = Actor.officer("petugas@dinas");
    static final Actor PARTNER = new Actor("user@bank-a", ActorRole.PARTNER, null, "bank-a");
    static final Eligibility ELIGIBLE = new Eligibility(TODAY, 2024, List.of());

    FinancingProgram program;
    LoanApplication application;
    List<DomainEvent> events;

    /** A program of bank-a: Rp 1 million to 500 million, 6 to 36 months, 6% declining balance, a proposal required. */
    static FinancingProgram program() {
        return FinancingProgram.define(new ProgramDefinition("bank-a", "Bank A", PartnerKind.BANK, "KUR Kecil", "KUR_KECIL",
                new BigDecimal("0.06"), ScheduleMethod.DECLINING_BALANCE, 1_000_000, 500_000_000, 6, 36, List.of(), List.of(),
                LocalDate.of(2026, 1, 1), null, List.of("PROPOSAL")), OFFICER, NOW);
    }

    @BeforeEach
    void aDraftForTenMillionOverTwelveMonths() {
        program = program();
        application = new LoanApplication();
        events = new ArrayList<>(application.open(COOPERATIVE, "Koperasi Uji", null, program,
                new LoanProposal(null, program.id, 10_000_000, 12, "Modal kerja"), APPLICANT, NOW));
    }

    void forwarded() {
        events.addAll(application.submit(ELIGIBLE, program.requiredDocuments, Set.of("PROPOSAL"), APPLICANT, null, NOW));
        events.addAll(application.move(LoanAction.VERIFY, OFFICER, null, NOW));
        events.addAll(application.recommend(program, ELIGIBLE, OFFICER, null, NOW));
        events.addAll(application.move(LoanAction.FORWARD, OFFICER, null, NOW));
    }

    @Test
    void aDraftIsOpenedWithItsFirstEvent() {
        assertThat(application.state).isEqualTo(LoanApplicationState.DRAFT);
        assertThat(application.partnerId).isEqualTo("bank-a");
        assertThat(application.aggregateVersion).isEqualTo(1);
        DomainEvent created = events.get(0);
        assertThat(created.topic()).isEqualTo(Topics.FINANCING_LOAN_APPLICATION);
        assertThat(created.type()).isEqualTo(FinancingEventTypes.STATE_CHANGED);
        assertThat(created.key()).isEqualTo(COOPERATIVE.toString());
        assertThat(created.aggregateId()).isEqualTo(application.id.toString());
        assertThat(created.aggregateVersion()).isEqualTo(1);
        LoanApplicationStateChanged data = (LoanApplicationStateChanged) created.data();
        assertThat(data.fromState()).isNull();
        assertThat(data.toState()).isEqualTo("DRAFT");
        assertThat(data.aggregateVersion()).isEqualTo(1);
    }

    @Test
    void whoMayApply() {
        assertThat(LoanApplication.applicantFor(null, APPLICANT)).isEqualTo(COOPERATIVE);
        assertThat(LoanApplication.applicantFor(COOPERATIVE, APPLICANT)).isEqualTo(COOPERATIVE);
        assertThat(LoanApplication.applicantFor(COOPERATIVE, OFFICER)).isEqualTo(COOPERATIVE);
        assertThat(problem(() -> LoanApplication.applicantFor(UUID.randomUUID(), APPLICANT)).type()).isEqualTo(ProblemType.FORBIDDEN);
        ProblemException unnamed = problem(() -> LoanApplication.applicantFor(null, OFFICER));
        assertThat(unnamed.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(unnamed.errors()).extracting(e -> e.field()).containsExactly("cooperativeId");
        assertThat(problem(() -> LoanApplication.applicantFor(COOPERATIVE, PARTNER)).type()).isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void fromDraftToDisbursedEveryEventCarriesTheNextAggregateVersion() {
        forwarded();
        events.addAll(application.decide(program, new LoanDecision.Approve(null, null, null, "Komite kredit"), PARTNER, NOW));
        events.addAll(application.disburse(new Disbursement(TODAY, "DB-1"), PARTNER, TODAY, NOW));
        assertThat(application.state).isEqualTo(LoanApplicationState.DISBURSED);
        assertThat(events).extracting(DomainEvent::aggregateVersion).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events).extracting(e -> ((LoanApplicationStateChanged) e.data()).toState())
                .containsExactly("DRAFT", "SUBMITTED", "VERIFIED", "RECOMMENDED", "FORWARDED", "APPROVED", "DISBURSED");
        assertThat(application.history).extracting(c -> c.actorRole)
                .containsExactly("cooperative", "cooperative", "officer", "officer", "officer", "partner", "partner");
        // Approved as asked, at the program's rate; the schedule is the program's method.
        assertThat(application.approvedAmount).isEqualTo(10_000_000L);
        assertThat(application.approvedTenorMonths).isEqualTo(12);
        assertThat(application.approvedRate).isEqualByComparingTo("0.06");
        assertThat(application.installments).hasSize(12);
        // 10,000,000 x 0.5% = 50,000 interest in the first month.
        assertThat(application.installments.get(0).interestDue).isEqualTo(50_000);

        // A repayment: REPAYING, then the repayment event, each with the next version.
        LoanRepayment repayment = LoanRepayment.reported(new RepaymentReport(1_000_000, TODAY, "RP-1"));
        List<DomainEvent> repaid = application.recordRepayment(repayment, null, PARTNER, TODAY, 90, NOW);
        assertThat(repaid).extracting(DomainEvent::type)
                .containsExactly(FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.REPAYMENT_RECORDED);
        assertThat(repaid).extracting(DomainEvent::aggregateVersion).containsExactly(8L, 9L);
        assertThat(((LoanRepaymentRecorded) repaid.get(1).data()).aggregateVersion()).isEqualTo(9L);
        assertThat(application.aggregateVersion).isEqualTo(9L);
    }

    @Test
    void anApprovalOutsideTheProgramsLimitsIsRefusedWithEveryReason() {
        forwarded();
        // Rp 1,000 on a program whose minimum is Rp 1 million, for 1 month on a 6-36 month program.
        ProblemException refusal = problem(() -> application.decide(program,
                new LoanDecision.Approve(1_000L, null, 1, null), PARTNER, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.toProblem(null).extensions().get("reasons")).isEqualTo(List.of(
                "Amount 1000 is below the program's minimum of 1000000.",
                "Tenor of 1 month is below the program's minimum of 6 months."));
        // Nothing changed.
        assertThat(application.state).isEqualTo(LoanApplicationState.FORWARDED);
        assertThat(application.approvedAmount).isNull();
        assertThat(application.aggregateVersion).isEqualTo(5);
    }

    @Test
    void anApprovalAboveTheAskOrTheRateIsRefusedWithEveryReason() {
        forwarded();
        ProblemException refusal = problem(() -> application.approve(program,
                new LoanDecision.Approve(10_000_001L, new BigDecimal("0.065"), 13, null), PARTNER, NOW));
        assertThat(refusal.toProblem(null).extensions().get("reasons")).isEqualTo(List.of(
                "Amount 10000001 is more than the 10000000 asked.",
                "Tenor of 13 months is longer than the 12 months asked.",
                "Annual rate 0.065 is above the program's rate of 0.06."));
        assertThat(refusal.errors()).extracting(e -> e.field()).containsExactly("amount", "tenorMonths", "annualRate");
    }

    @Test
    void anApprovalForLessAtALowerRateIsTaken() {
        forwarded();
        application.approve(program, new LoanDecision.Approve(6_000_000L, new BigDecimal("0.045"), 6, null), PARTNER, NOW);
        assertThat(application.state).isEqualTo(LoanApplicationState.APPROVED);
        assertThat(application.approvedAmount).isEqualTo(6_000_000L);
        assertThat(application.approvedRate).isEqualByComparingTo("0.045");
        assertThat(application.approvedTenorMonths).isEqualTo(6);
    }

    @Test
    void aRecommendationChecksTheProgramsLimitsAgain() {
        events.addAll(application.submit(ELIGIBLE, program.requiredDocuments, Set.of("PROPOSAL"), APPLICANT, null, NOW));
        events.addAll(application.move(LoanAction.VERIFY, OFFICER, null, NOW));
        // The program was narrowed after the submission: now Rp 20 million at least, 24 months at least.
        program.redefine(new ProgramDefinition("bank-a", "Bank A", PartnerKind.BANK, "KUR Kecil", "KUR_KECIL",
                new BigDecimal("0.06"), ScheduleMethod.DECLINING_BALANCE, 20_000_000, 500_000_000, 24, 36, List.of(), List.of(),
                LocalDate.of(2026, 1, 1), null, List.of("PROPOSAL")), 1, 1, OFFICER, NOW);
        ProblemException refusal = problem(() -> application.recommend(program, ELIGIBLE, OFFICER, null, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.toProblem(null).extensions().get("reasons")).isEqualTo(List.of(
                "Amount 10000000 is below the program's minimum of 20000000.",
                "Tenor of 12 months is below the program's minimum of 24 months."));
        assertThat(refusal.invalidFields()).extracting(InvalidField::field).containsExactly("amount", "tenorMonths");
        assertThat(refusal.detail().in(Languages.ENGLISH)).isEqualTo("The application cannot be recommended: it is outside the program's limits");
        assertThat(application.state).isEqualTo(LoanApplicationState.VERIFIED);
        // Narrowed program and a loan defaulted since: both refusals at once, the limits first.
        Eligibility defaulted = new Eligibility(TODAY, 2024, List.of(
                new Eligibility.Check(EligibilityRule.NO_DEFAULTED_LOAN, Eligibility.Outcome.FAILED, Text.verbatim("Has a DEFAULTED loan."))));
        ProblemException both = problem(() -> application.recommend(program, defaulted, OFFICER, null, NOW));
        assertThat(both.toProblem(null).extensions().get("reasons")).isEqualTo(List.of(
                "Amount 10000000 is below the program's minimum of 20000000.",
                "Tenor of 12 months is below the program's minimum of 24 months.",
                "Has a DEFAULTED loan."));
        assertThat(both.detail().in(Languages.ENGLISH)).isEqualTo("The application cannot be recommended: it is outside the program's limits and the cooperative is no longer eligible");
        assertThat(application.state).isEqualTo(LoanApplicationState.VERIFIED);
    }

    @Test
    void aRecommendationAsksTheCooperativesEligibilityAgainButNotTheProgramsWindow() {
        events.addAll(application.submit(ELIGIBLE, program.requiredDocuments, Set.of("PROPOSAL"), APPLICANT, null, NOW));
        events.addAll(application.move(LoanAction.VERIFY, OFFICER, null, NOW));
        // Since the submission another loan of the cooperative defaulted, and the program's window closed.
        Eligibility now = new Eligibility(TODAY, 2024, List.of(
                new Eligibility.Check(EligibilityRule.NO_DEFAULTED_LOAN, Eligibility.Outcome.FAILED, Text.verbatim("Has a DEFAULTED loan.")),
                new Eligibility.Check(EligibilityRule.PROGRAM_OPEN, Eligibility.Outcome.FAILED, Text.verbatim("The program closed on 2026-06-30."))));
        ProblemException refusal = problem(() -> application.recommend(program, now, OFFICER, null, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("Has a DEFAULTED loan."));
        assertThat(refusal.detail().in(Languages.ENGLISH)).isEqualTo("The application cannot be recommended: the cooperative is no longer eligible");
        assertThat(refusal.invalidFields()).isEmpty();
        assertThat(application.state).isEqualTo(LoanApplicationState.VERIFIED);
        // The window alone does not stop it: the application came in time.
        Eligibility closedOnly = new Eligibility(TODAY, 2024, List.of(
                new Eligibility.Check(EligibilityRule.PROGRAM_OPEN, Eligibility.Outcome.FAILED, Text.verbatim("The program closed on 2026-06-30."))));
        assertThat(application.recommend(program, closedOnly, OFFICER, null, NOW)).hasSize(1);
        assertThat(application.state).isEqualTo(LoanApplicationState.RECOMMENDED);
    }

    @Test
    void aSubmissionListsEveryFailedRuleAndEveryMissingDocument() {
        Eligibility notEligible = new Eligibility(TODAY, 2024, List.of(new Eligibility.Check(EligibilityRule.NO_DEFAULTED_LOAN,
                Eligibility.Outcome.FAILED, Text.verbatim("Has a DEFAULTED loan."))));
        ProblemException refusal = problem(() -> application.submit(notEligible, List.of("PROPOSAL", "RAT_MINUTES"),
                Set.of("RAT_MINUTES"), APPLICANT, null, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("Has a DEFAULTED loan.",
                "The program requires a PROPOSAL document; none is attached."));
        assertThat(refusal.errors()).as("no limit broken, no field named").isEmpty();
        assertThat(application.state).isEqualTo(LoanApplicationState.DRAFT);
    }

    @Test
    void aSubmissionOutsideTheLimitsNamesEachFieldAsTheRecommendationDoes() {
        // Rp 999,999 for 37 months on a Rp 1 million-500 million, 6-36 month program, and the proposal not attached.
        application.correct(null, new LoanCorrection(null, 999_999L, 37, null), APPLICANT, NOW);
        // Otherwise eligible on 10 March 2026 (F = 2024): founded in 2010, its report for 2024 held on 21 March 2025 with a surplus.
        Applicant applicant = new Applicant(LocalDate.of(2010, 5, 2), null, "JASA", "64141", List.of(new AnnualReportSummary(2024,
                LocalDate.of(2025, 3, 21), 40, 45, 3, 500_000_000L, 100_000_000L, 2_000_000_000L, 800_000_000L, 90_000_000L)), false);
        Eligibility eligibility = EligibilityRules.evaluate(applicant, program.terms(), 999_999L, 37, TODAY);

        ProblemException refusal = problem(() -> application.submit(eligibility, program.requiredDocuments, Set.of(), APPLICANT, null, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.toProblem(null).extensions().get("reasons")).as("every failed rule and the missing document").isEqualTo(List.of(
                "Amount 999999 is below the program's minimum of 1000000.",
                "Tenor of 37 months is above the program's maximum of 36 months.",
                "The program requires a PROPOSAL document; none is attached."));
        assertThat(refusal.errors()).containsExactly(
                new Problem.FieldError("amount", "Amount 999999 is below the program's minimum of 1000000."),
                new Problem.FieldError("tenorMonths", "Tenor of 37 months is above the program's maximum of 36 months."));
        // The same fields and words a recommendation of the same terms gives.
        ProblemException recommended = problem(() -> program.limits().enforce(Text.of("financing.application.outside-limits"),
                999_999L, 37, null));
        assertThat(refusal.errors()).isEqualTo(recommended.errors());
        assertThat(application.state).isEqualTo(LoanApplicationState.DRAFT);
        assertThat(application.aggregateVersion).isEqualTo(1);
    }

    /** A program of bank-a like {@link #program()}, accepting applications from {@code opensOn} to {@code closesOn}. */
    static FinancingProgram programOpen(LocalDate opensOn, LocalDate closesOn) {
        return FinancingProgram.define(new ProgramDefinition("bank-a", "Bank A", PartnerKind.BANK, "KUR Kecil", "KUR_KECIL",
                new BigDecimal("0.06"), ScheduleMethod.DECLINING_BALANCE, 1_000_000, 500_000_000, 6, 36, List.of(), List.of(),
                opensOn, closesOn, List.of("PROPOSAL")), OFFICER, NOW);
    }

    @Test
    void aClosedProgramTakesNoNewDraftNamingTheProgram() {
        // Closed on 9 March 2026, the day before NOW's office day.
        FinancingProgram closed = programOpen(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 9));
        LoanApplication draft = new LoanApplication();
        ProblemException refusal = problem(() -> draft.open(COOPERATIVE, "Koperasi Uji", null, closed,
                new LoanProposal(null, closed.id, 10_000_000, 12, "Modal kerja"), APPLICANT, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.toProblem(null).extensions().get("reasons"))
                .isEqualTo(List.of("The program accepts applications from 2026-01-01 to 2026-03-09, not on 2026-03-10."));
        assertThat(refusal.errors()).containsExactly(
                new Problem.FieldError("programId", "The program accepts applications from 2026-01-01 to 2026-03-09, not on 2026-03-10."));
        assertThat(refusal.detail().in(Languages.ENGLISH)).isEqualTo("The program does not accept applications on 2026-03-10");
        assertThat(refusal.detail().in(Languages.INDONESIAN)).isEqualTo("Program ini tidak menerima permohonan pada tanggal 10 Maret 2026");
        assertThat(draft.id).as("nothing opened").isNull();
        assertThat(draft.history).isEmpty();

        // Nor one that opens tomorrow; one that closes today takes it.
        FinancingProgram notYet = programOpen(LocalDate.of(2026, 3, 11), null);
        assertThat(problem(() -> new LoanApplication().open(COOPERATIVE, "Koperasi Uji", null, notYet,
                new LoanProposal(null, notYet.id, 10_000_000, 12, "Modal kerja"), APPLICANT, NOW)).toProblem(null).extensions().get("reasons"))
                .isEqualTo(List.of("The program accepts applications from 2026-03-11, not on 2026-03-10."));
        FinancingProgram lastDay = programOpen(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10));
        LoanApplication inTime = new LoanApplication();
        assertThat(inTime.open(COOPERATIVE, "Koperasi Uji", null, lastDay, new LoanProposal(null, lastDay.id, 10_000_000, 12, "Modal kerja"),
                OFFICER, NOW)).hasSize(1);
        assertThat(inTime.state).isEqualTo(LoanApplicationState.DRAFT);
    }

    /** A treasurer's review: a dissolved cooperative opened drafts and uploaded documents, refused only at submission. */
    @Test
    void aDissolvedCooperativeOpensNoApplication() {
        FinancingProgram open = programOpen(LocalDate.of(2026, 1, 1), null);
        LoanProposal proposal = new LoanProposal(null, open.id, 10_000_000, 12, "Modal kerja");
        LoanApplication draft = new LoanApplication();
        // NOW is 10 March 2026 in Kota Bekasi: dissolved that very day.
        ProblemException refusal = problem(() -> draft.open(COOPERATIVE, "Koperasi Uji", LocalDate.of(2026, 3, 10), open, proposal, APPLICANT, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        assertThat(refusal.extensions()).containsEntry("currentState", "DISSOLVED");
        assertThat(refusal.detail().in(Languages.INDONESIAN))
                .isEqualTo("Koperasi ini telah dibubarkan pada 10 Maret 2026: koperasi tidak dapat lagi mengajukan pinjaman");
        assertThat(draft.id).as("nothing opened").isNull();
        // A dissolution recorded for a later day has not happened yet.
        assertThat(new LoanApplication().open(COOPERATIVE, "Koperasi Uji", LocalDate.of(2026, 3, 11), open, proposal, APPLICANT, NOW)).hasSize(1);
    }

    @Test
    void theProgramsWindowIsReadOnTheOfficesCalendar() {
        // 16:59:59 UTC on 9 March is 23:59:59 on 9 March in Kota Bekasi (UTC+7); a second later it is 10 March there.
        FinancingProgram closingOnTheNinth = programOpen(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 9));
        LoanProposal proposal = new LoanProposal(null, closingOnTheNinth.id, 10_000_000, 12, "Modal kerja");
        assertThat(new LoanApplication().open(COOPERATIVE, "Koperasi Uji", null, closingOnTheNinth, proposal, APPLICANT,
                Instant.parse("2026-03-09T16:59:59Z"))).hasSize(1);
        assertThat(problem(() -> new LoanApplication().open(COOPERATIVE, "Koperasi Uji", null, closingOnTheNinth, proposal, APPLICANT,
                Instant.parse("2026-03-09T17:00:00Z"))).toProblem(null).extensions().get("reasons"))
                .isEqualTo(List.of("The program accepts applications from 2026-01-01 to 2026-03-09, not on 2026-03-10."));
    }

    @Test
    void aDraftMovesOnlyToAProgramThatAcceptsApplications() {
        FinancingProgram closed = programOpen(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        ProblemException refusal = problem(() -> application.correct(closed,
                new LoanCorrection(closed.id, 12_000_000L, null, null), APPLICANT, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.errors()).containsExactly(
                new Problem.FieldError("programId", "The program accepts applications from 2025-01-01 to 2025-12-31, not on 2026-03-10."));
        // Nothing of the correction is taken.
        assertThat(application.programId).isEqualTo(program.id);
        assertThat(application.requestedAmount).isEqualTo(10_000_000L);
        // A party that may not correct it is told so first (403), whatever the program.
        assertThat(problem(() -> application.correct(closed, new LoanCorrection(closed.id, null, null, null), PARTNER, NOW)).type())
                .isEqualTo(ProblemType.FORBIDDEN);
        // An open program takes it.
        FinancingProgram open = programOpen(LocalDate.of(2026, 3, 10), null);
        application.correct(open, new LoanCorrection(open.id, null, null, null), APPLICANT, NOW);
        assertThat(application.programId).isEqualTo(open.id);
    }

    @Test
    void refusalsComeInOrderPartyReasonState() {
        // Not the party: 403, whatever the state.
        assertThat(problem(() -> application.move(LoanAction.VERIFY, APPLICANT, null, NOW)).type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(problem(() -> application.move(LoanAction.DECLINE, OFFICER, "x", NOW)).type()).isEqualTo(ProblemType.FORBIDDEN);
        // No reason where one is needed: 400 naming it, before the state is looked at.
        ProblemException noReason = problem(() -> application.move(LoanAction.RETURN, OFFICER, "  ", NOW));
        assertThat(noReason.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(noReason.errors()).extracting(e -> e.field()).containsExactly("reason");
        // The state machine: 409 naming the state.
        ProblemException illegal = problem(() -> application.move(LoanAction.RETURN, OFFICER, "Belum lengkap", NOW));
        assertThat(illegal.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        assertThat(illegal.getMessage()).isEqualTo("Cannot return in state DRAFT");
        // A decline needs its reason too.
        forwarded();
        assertThat(problem(() -> application.decide(program, new LoanDecision.Decline(null), PARTNER, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("reason");
        application.decide(program, new LoanDecision.Decline(" Agunan kurang "), PARTNER, NOW);
        assertThat(application.state).isEqualTo(LoanApplicationState.DECLINED);
        assertThat(application.lastReason).isEqualTo("Agunan kurang");
    }

    @Test
    void aPartnerReadsOnlyAReasonGivenFromTheForwardingOn() {
        Instant returned = NOW.minusSeconds(3600);
        application.submit(ELIGIBLE, program.requiredDocuments, Set.of("PROPOSAL"), APPLICANT, null, returned);
        application.move(LoanAction.RETURN, OFFICER, "Laporan RAT belum ditandatangani pengurus", returned);
        application.submit(ELIGIBLE, program.requiredDocuments, Set.of("PROPOSAL"), APPLICANT, null, NOW);
        // A verification note and a forwarding note are the history's, not the application's last reason.
        application.move(LoanAction.VERIFY, OFFICER, "Kunjungan lapangan: usaha berjalan", NOW);
        application.recommend(program, ELIGIBLE, OFFICER, null, NOW);
        application.move(LoanAction.FORWARD, OFFICER, "Diteruskan ke bank", NOW);
        assertThat(application.reasonSeenBy(OFFICER)).isEqualTo("Laporan RAT belum ditandatangani pengurus");
        assertThat(application.reasonSeenBy(APPLICANT)).isEqualTo("Laporan RAT belum ditandatangani pengurus");
        assertThat(application.reasonSeenBy(PARTNER)).as("the office's return, before the forwarding").isNull();
        // The partner's own decline, after the forwarding: its to read.
        application.decide(program, new LoanDecision.Decline("Rasio utang terlalu tinggi"), PARTNER, NOW.plusSeconds(60));
        assertThat(application.reasonSeenBy(PARTNER)).isEqualTo("Rasio utang terlalu tinggi");
        assertThat(application.reasonSeenBy(OFFICER)).isEqualTo("Rasio utang terlalu tinggi");
    }

    @Test
    void actionsWithTheirOwnRulesAreNotPlainMoves() {
        for (LoanAction action : List.of(LoanAction.CREATE, LoanAction.SUBMIT, LoanAction.RECOMMEND, LoanAction.APPROVE,
                LoanAction.DISBURSE, LoanAction.START_REPAYING, LoanAction.SETTLE, LoanAction.DEFAULT)) {
            assertThatThrownBy(() -> application.move(action, OFFICER, "x", NOW)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aDisbursementIsNeitherInTheFutureNorBeforeTheApproval() {
        forwarded();
        application.approve(program, new LoanDecision.Approve(null, null, null, null), PARTNER, NOW);
        ProblemException future = problem(() -> application.disburse(new Disbursement(TODAY.plusDays(1), "DB-1"), PARTNER, TODAY, NOW));
        assertThat(future.errors()).extracting(e -> e.message()).containsExactly("cannot be in the future (today is 2026-03-10)");
        ProblemException early = problem(() -> application.disburse(new Disbursement(TODAY.minusDays(1), "DB-1"), PARTNER, TODAY, NOW));
        assertThat(early.errors()).extracting(e -> e.message()).containsExactly("cannot be before the approval on 2026-03-10");
        assertThat(problem(() -> application.disburse(new Disbursement(TODAY, "DB-1"), OFFICER, TODAY, NOW)).type())
                .isEqualTo(ProblemType.FORBIDDEN);
        assertThat(application.state).isEqualTo(LoanApplicationState.APPROVED);
    }

    @Test
    void aRepaymentComesFromTheLoansPartnerPaidBetweenDisbursementAndToday() {
        forwarded();
        application.approve(program, new LoanDecision.Approve(null, null, null, null), PARTNER, NOW);
        application.disburse(new Disbursement(TODAY, "DB-1"), PARTNER, TODAY, NOW);
        Actor otherPartner = new Actor("user@bank-b", ActorRole.PARTNER, null, "bank-b");
        assertThat(problem(() -> application.recordRepayment(repayment(TODAY), null, otherPartner, TODAY, 90, NOW)).type())
                .isEqualTo(ProblemType.FORBIDDEN);
        assertThat(problem(() -> application.recordRepayment(repayment(TODAY.minusDays(1)), null, PARTNER, TODAY, 90, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("paidOn");
        assertThat(problem(() -> application.recordRepayment(repayment(TODAY.plusDays(1)), null, PARTNER, TODAY, 90, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("paidOn");
        assertThat(application.state).isEqualTo(LoanApplicationState.DISBURSED);
    }

    @Test
    void documentsAndCorrectionsOnlyWhileTheCooperativeHoldsIt() {
        application.requireDocumentChange(APPLICANT, Text.of("financing.action.attach-document"));
        application.correct(null, new LoanCorrection(null, 12_000_000L, null, null), OFFICER, NOW);
        assertThat(application.requestedAmount).isEqualTo(12_000_000L);
        assertThat(problem(() -> application.requireDocumentChange(PARTNER, Text.of("financing.action.attach-document"))).type())
                .isEqualTo(ProblemType.FORBIDDEN);
        application.submit(ELIGIBLE, List.of(), Set.of(), APPLICANT, null, NOW);
        assertThat(problem(() -> application.requireDocumentChange(APPLICANT, Text.of("financing.action.attach-document"))).getMessage())
                .isEqualTo("Cannot attach a document in state SUBMITTED");
        assertThat(problem(() -> application.correct(null, new LoanCorrection(null, 1L, null, null), APPLICANT, NOW)).type())
                .isEqualTo(ProblemType.ILLEGAL_TRANSITION);
    }

    static LoanRepayment repayment(LocalDate paidOn) {
        return LoanRepayment.reported(new RepaymentReport(1_000_000, paidOn, "RP-" + paidOn));
    }

    static ProblemException problem(Runnable action) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, action::run);
        assertThat(problem).as("refused with a problem").isNotNull();
        return problem;
    }
}
