package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.awards.AwardsEventTypes;
import id.go.bekasikota.koperasi.contracts.awards.NominationSubmitted;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.go.bekasikota.koperasi.awards.domain.AwardMother.ANY_VERSION;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.NOW;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.OFFICER;
import static id.go.bekasikota.koperasi.awards.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A nomination's steps beside those of {@link NominationTest}: what only an OPEN program takes,
 * what each step writes into the history, and the next round's outcome, refused and recorded.
 * The program's window is 1 April - 31 May 2026, announced 12 July, two winners.
 */
class NominationStepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final LocalDate AFTER_WINDOW = LocalDate.of(2026, 6, 1);
    private static final LocalDate ANNOUNCEMENT = LocalDate.of(2026, 7, 12);

    private AwardProgram program;

    @BeforeEach
    void openProgram() {
        program = AwardMother.openProgram();
    }

    private Nomination nominate(CooperativeFacts cooperative, String statement, Actor actor) {
        Nomination nomination = new Nomination();
        nomination.nominate(program, cooperative.cooperativeId(), Optional.of(cooperative), List.of(), statement, actor, TODAY, NOW);
        return nomination;
    }

    @Test
    void aProgramNoLongerOpenTakesNoNominationConflictOrScore() {
        Nomination unranked = nominate(AwardMother.healthy("3275010010001"), null, OFFICER);
        Jury jury = AwardMother.jury(program, List.of("juri-1"), List.of());
        program.finalise(List.of(), List.of(), List.of(), OFFICER, AFTER_WINDOW, NOW);

        CooperativeFacts late = AwardMother.healthy("3275010010002");
        refused(ProblemType.ILLEGAL_TRANSITION, () -> new Nomination().nominate(program, late.cooperativeId(), Optional.of(late),
                List.of(), null, OFFICER, AFTER_WINDOW, NOW));
        refused(ProblemType.ILLEGAL_TRANSITION, () -> unranked.declareConflict(program, jury, AwardMother.juror("juri-1"), "kerabat", NOW));
        // The nomination itself is still SUBMITTED: it is the program that refuses.
        assertThat(refused(ProblemType.ILLEGAL_TRANSITION, () -> unranked.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 50, null)), List.of(), ANY_VERSION, NOW)).extensions()).containsEntry("currentState", "FINALISED");
    }

    @Test
    void nominationsClosedEarlySayWhenTheyClosed() {
        program.closeNominations(OFFICER, LocalDate.of(2026, 5, 5), NOW);
        CooperativeFacts cooperative = AwardMother.healthy("3275010010001");
        assertThat(refused(ProblemType.RULE_VIOLATION, () -> new Nomination().nominate(program, cooperative.cooperativeId(),
                Optional.of(cooperative), List.of(), null, OFFICER, TODAY, NOW)).toProblem(null).extensions())
                .containsEntry("reasons", List.of("Nominations were closed on 2026-05-05."));
    }

    @Test
    void aStatementLeftOutOrBlankIsNone() {
        assertThat(nominate(AwardMother.healthy("3275010010001"), null, OFFICER).statement).isNull();
        assertThat(nominate(AwardMother.healthy("3275010010002"), "   ", OFFICER).statement).isNull();
    }

    @Test
    void theHistorySaysWhoNominatedAndWhyItWasWithdrawn() {
        CooperativeFacts cooperative = AwardMother.healthy("3275010010001");
        Nomination self = nominate(cooperative, null, AwardMother.cooperative(cooperative.cooperativeId()));
        self.withdraw(program, " Berkas belum lengkap ", OFFICER, TODAY, NOW);
        assertThat(self.history).extracting(h -> h.action, h -> h.detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.NOMINATED,
                        "Self-nomination of Koperasi 3275010010001; eligible as of 2026-05-10"),
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.WITHDRAWN, "Berkas belum lengkap"));
        assertThat(self.history.get(1).actorRole).isEqualTo("officer");
    }

    @Test
    void aJurorRevisesOnlyItsOwnScore() {
        Nomination nomination = nominate(AwardMother.healthy("3275010010001"), null, OFFICER);
        Jury jury = AwardMother.jury(program, List.of("juri-1", "juri-2"), List.of());
        List<JurorScoreRecord> first = nomination.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 60, null)), List.of(), ANY_VERSION, NOW);
        List<JurorScoreRecord> second = nomination.score(program, jury, AwardMother.juror("juri-2"),
                List.of(new ScoreEntry("K1", 90, null)), first, ANY_VERSION, NOW);
        assertThat(second).singleElement().satisfies(s -> {
            assertThat(s.juror).isEqualTo("juri-2");
            assertThat(s.score).isEqualTo(90);
            assertThat(s.revision).isEqualTo(1);
        });
        assertThat(first.get(0).score).isEqualTo(60);
        assertThat(first.get(0).revision).isEqualTo(1);
        assertThat(first.get(0).toScore()).isEqualTo(new JurorScore("juri-1", 60, null));
    }

    @Test
    void theRankIsRecordedWithWhetherItWonAndOnlyAWinnerIsAnnounced() {
        Nomination winner = nominate(AwardMother.healthy("3275010010001"), null, OFFICER);
        Nomination runnerUp = nominate(AwardMother.healthy("3275010010002"), null, OFFICER);
        program.finalise(List.of(new Placing(winner, 1, new BigDecimal("87.25"), true, null),
                new Placing(runnerUp, 2, new BigDecimal("50.00"), false, null)), List.of(), List.of(), OFFICER, AFTER_WINDOW, NOW);
        assertThat(winner.history.get(winner.history.size() - 1).detail).isEqualTo("Rank 1, total 87.25, winner");
        assertThat(runnerUp.history.get(runnerUp.history.size() - 1).detail).isEqualTo("Rank 2, total 50.00");
        assertThatThrownBy(() -> program.announce(List.of(runnerUp), OFFICER, ANNOUNCEMENT, NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theNextRoundsOutcomeIsRefusedWhenPendingOrRankedWithoutAWinAndRecordedWithItsWords() {
        Nomination first = nominate(AwardMother.healthy("3275010010001"), null, OFFICER);
        Nomination second = nominate(AwardMother.healthy("3275010010002"), null, OFFICER);
        program.finalise(List.of(new Placing(first, 1, new BigDecimal("90.00"), true, null),
                new Placing(second, 2, new BigDecimal("80.00"), true, null)), List.of(), List.of(), OFFICER, AFTER_WINDOW, NOW);
        program.announce(List.of(first, second), OFFICER, ANNOUNCEMENT, NOW);
        LocalDate forwardedOn = LocalDate.of(2026, 7, 20);
        first.forward(program, "  ", List.of(), OFFICER, forwardedOn, NOW);
        second.forward(program, null, List.of(), OFFICER, forwardedOn, NOW);
        assertThat(first.forwarding.note).isNull();
        assertThat(first.history.get(first.history.size() - 1).detail).isEqualTo("To the PROVINCE round");

        LocalDate decidedOn = LocalDate.of(2026, 9, 1);
        assertThat(refused(ProblemType.VALIDATION, () -> first.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.PENDING, null, decidedOn, null), OFFICER, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("outcome");
        assertThat(refused(ProblemType.VALIDATION, () -> first.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.NOT_SELECTED, 3, decidedOn, null), OFFICER, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("rank");

        List<DomainEvent> notSelected = first.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.NOT_SELECTED, null, decidedOn, " "), OFFICER, NOW);
        assertThat(notSelected).extracting(DomainEvent::type).containsExactly(AwardsEventTypes.FORWARDING_OUTCOME_RECORDED);
        assertThat(first.forwarding.outcomeNote).isNull();
        assertThat(first.history.get(first.history.size() - 1).detail)
                .isEqualTo("NOT_SELECTED at the PROVINCE round, decided on 2026-09-01");

        second.recordOutcome(program, new ForwardingDecision(ForwardingOutcome.WINNER, 2, decidedOn, " SK Gubernur "), OFFICER, NOW);
        assertThat(second.history.get(second.history.size() - 1).detail)
                .isEqualTo("WINNER (rank 2) at the PROVINCE round, decided on 2026-09-01: SK Gubernur");
    }

    @Test
    void theEventsNameTheProgramsJenisOnlyWhenItHasOne() {
        CooperativeFacts inTheCity = AwardMother.healthy("3275010010001");
        NominationSubmitted city = (NominationSubmitted) new Nomination().nominate(program, inTheCity.cooperativeId(),
                Optional.of(inTheCity), List.of(), null, OFFICER, TODAY, NOW).get(0).data();
        assertThat(city.jenis()).isNull();

        ProgramTerms t = AwardMother.terms();
        AwardProgram perJenis = new AwardProgram();
        perJenis.create(new ProgramTerms(t.year(), "Koperasi Simpan Pinjam Berprestasi", AwardCategory.OUTSTANDING_PER_JENIS,
                Jenis.SIMPAN_PINJAM, t.level(), t.nominationsOpenOn(), t.nominationsCloseOn(), null, true, 1, t.sheet()), OFFICER, NOW);
        CooperativeFacts cooperative = AwardMother.healthy("3275010010002");
        NominationSubmitted submitted = (NominationSubmitted) new Nomination().nominate(perJenis, cooperative.cooperativeId(),
                Optional.of(cooperative), List.of(), null, OFFICER, TODAY, NOW).get(0).data();
        assertThat(submitted.jenis()).isEqualTo("SIMPAN_PINJAM");
    }
}
