package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.awards.AwardsEventTypes;
import id.go.bekasikota.koperasi.contracts.awards.ForwardingOutcomeRecorded;
import id.go.bekasikota.koperasi.contracts.awards.NominationSubmitted;
import id.go.bekasikota.koperasi.contracts.awards.NominationWithdrawn;
import id.go.bekasikota.koperasi.contracts.awards.ScoresFinalised;
import id.go.bekasikota.koperasi.contracts.awards.WinnerAnnounced;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.go.bekasikota.koperasi.awards.domain.AwardMother.ANY_VERSION;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.NOW;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.OFFICER;
import static id.go.bekasikota.koperasi.awards.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The nomination owns its rules: each change checked, recorded in its history, and answered with its events. */
class NominationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    private AwardProgram program;
    private CooperativeFacts cooperative;

    @BeforeEach
    void openProgram() {
        program = AwardMother.openProgram();
        cooperative = AwardMother.healthy("3275010010001");
    }

    private Nomination nominate(List<Nomination> earlier, Actor actor) {
        Nomination nomination = new Nomination();
        nomination.nominate(program, cooperative.cooperativeId(), Optional.of(cooperative), earlier, "Layak", actor, TODAY, NOW);
        return nomination;
    }

    private ProblemException refusedNomination(ProblemType type, List<Nomination> earlier, Actor actor, LocalDate on) {
        return refused(type, () -> new Nomination().nominate(program, cooperative.cooperativeId(), Optional.of(cooperative), earlier,
                null, actor, on, NOW));
    }

    @Test
    void aNominationIsRecordedAndAnsweredWithItsSubmittedEvent() {
        Nomination nomination = new Nomination();
        List<DomainEvent> events = nomination.nominate(program, cooperative.cooperativeId(), Optional.of(cooperative), List.of(),
                "  Anggota tumbuh  ", OFFICER, TODAY, NOW);
        assertThat(nomination.state).isEqualTo(NominationState.SUBMITTED);
        assertThat(nomination.statement).isEqualTo("Anggota tumbuh");
        assertThat(nomination.cooperativeNumber).isEqualTo("3275010010001");
        assertThat(nomination.aggregateVersion).isEqualTo(1);
        assertThat(nomination.previousNominationId).isNull();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.topic()).isEqualTo(Topics.AWARDS_NOMINATION);
            assertThat(e.type()).isEqualTo(AwardsEventTypes.SUBMITTED);
            assertThat(e.key()).isEqualTo(cooperative.cooperativeId().toString());
            assertThat(e.aggregateId()).isEqualTo(nomination.id.toString());
            assertThat(e.aggregateVersion()).isEqualTo(1);
            NominationSubmitted data = (NominationSubmitted) e.data();
            assertThat(data.nominatedBy()).isEqualTo("officer");
            assertThat(data.submittedOn()).isEqualTo(TODAY);
            assertThat(data.year()).isEqualTo(2026);
            assertThat(data.aggregateVersion()).isEqualTo(1);
        });
        assertThat(nomination.history).singleElement().satisfies(h -> {
            assertThat(h.action).isEqualTo(HistoryEntry.Action.NOMINATED);
            assertThat(h.actor).isEqualTo(OFFICER.subject());
            assertThat(h.actorRole).isEqualTo("officer");
            assertThat(h.at).isEqualTo(NOW);
            assertThat(h.detail).isEqualTo("Nomination of Koperasi 3275010010001; eligible as of 2026-05-10");
        });
    }

    @Test
    void theRulesOfNominatingEachWithItsOwnAnswer() {
        Actor itself = AwardMother.cooperative(cooperative.cooperativeId());
        assertThat(nominate(List.of(), itself).nominatedByRole).isEqualTo("cooperative");
        refusedNomination(ProblemType.FORBIDDEN, List.of(), AwardMother.cooperative(UUID.randomUUID()), TODAY);
        program.selfNomination = false;
        assertThat(refusedNomination(ProblemType.FORBIDDEN, List.of(), itself, TODAY).getMessage()).contains("self-nominations");
        assertThat(refusedNomination(ProblemType.RULE_VIOLATION, List.of(), OFFICER, LocalDate.of(2026, 6, 1)).toProblem(null).extensions())
                .containsEntry("reasons", List.of("Nominations are accepted from 2026-04-01 to 2026-05-31, not on 2026-06-01."));
        Nomination active = nominate(List.of(), OFFICER);
        assertThat(refusedNomination(ProblemType.DUPLICATE, List.of(active), OFFICER, TODAY).extensions())
                .containsEntry("existingId", active.id.toString());
        assertThat(refused(ProblemType.VALIDATION, () -> new Nomination().nominate(program, UUID.randomUUID(), Optional.empty(), List.of(), null,
                OFFICER, TODAY, NOW)).errors()).extracting(e -> e.field()).containsExactly("cooperativeId");
        cooperative = new CooperativeFacts(cooperative.cooperativeId(), null, "Tanpa Nomor", "JASA", cooperative.foundedOn(), null,
                cooperative.annualReports(), new LoanRecord(1, 1, 1));
        assertThat(refusedNomination(ProblemType.RULE_VIOLATION, List.of(), OFFICER, TODAY).toProblem(null).extensions()).containsEntry("reasons",
                List.of("No cooperative number (Nomor Induk Koperasi) is registered.", "Has 1 DEFAULTED loan."));
    }

    @Test
    void aWithdrawnCooperativeMayBeNominatedAgainTwiceAndNoMore() {
        List<Nomination> earlier = new ArrayList<>();
        for (int cycle = 0; cycle < 3; cycle++) {
            Nomination nomination = nominate(earlier, OFFICER);
            assertThat(nomination.previousNominationId).isEqualTo(earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).id);
            nomination.withdraw(program, "Berkas belum lengkap", OFFICER, TODAY, NOW.plusSeconds(cycle));
            nomination.createdAt = NOW.plusSeconds(cycle);
            earlier.add(nomination);
        }
        assertThat(earlier.get(2).history.get(0).detail).isEqualTo("Nomination of Koperasi 3275010010001 again (re-nomination 2 of"
                + " at most 2, after withdrawal of nomination " + earlier.get(1).id + "); eligible as of 2026-05-10");
        assertThat(refusedNomination(ProblemType.RULE_VIOLATION, earlier, OFFICER, TODAY).toProblem(null).extensions()).containsEntry("reasons",
                List.of("The cooperative was nominated for this program and withdrawn 3 times; after a withdrawal it may be"
                        + " nominated again at most 2 times."));
        // Every rule broken is a reason of the one refusal, the window's first: a closed window hides none of the others.
        cooperative = new CooperativeFacts(cooperative.cooperativeId(), null, "Tanpa Nomor", "JASA", cooperative.foundedOn(), null,
                cooperative.annualReports(), new LoanRecord(1, 1, 1));
        ProblemException all = refusedNomination(ProblemType.RULE_VIOLATION, earlier, OFFICER, LocalDate.of(2026, 6, 1));
        assertThat(all.detail().in(java.util.Locale.ENGLISH)).isEqualTo("The nomination window is closed");
        assertThat(all.toProblem(null).extensions()).containsEntry("reasons", List.of(
                "Nominations are accepted from 2026-04-01 to 2026-05-31, not on 2026-06-01.",
                "The cooperative was nominated for this program and withdrawn 3 times; after a withdrawal it may be"
                        + " nominated again at most 2 times.",
                "No cooperative number (Nomor Induk Koperasi) is registered.", "Has 1 DEFAULTED loan."));
        // Within the window, the third withdrawal comes first.
        assertThat(refusedNomination(ProblemType.RULE_VIOLATION, earlier, OFFICER, TODAY).detail().in(java.util.Locale.ENGLISH))
                .isEqualTo("The cooperative cannot be nominated again");
    }

    @Test
    void onlyTheOfficeOrTheCooperativeWithdrawsAndOnlyOnce() {
        Nomination nomination = nominate(List.of(), OFFICER);
        refused(ProblemType.FORBIDDEN, () -> nomination.withdraw(program, "x", AwardMother.cooperative(UUID.randomUUID()), TODAY, NOW));
        refused(ProblemType.FORBIDDEN, () -> nomination.withdraw(program, "x", AwardMother.juror("juri-1"), TODAY, NOW));
        List<DomainEvent> events = nomination.withdraw(program, " Tahun depan ", AwardMother.cooperative(cooperative.cooperativeId()),
                TODAY, NOW);
        assertThat(nomination.state).isEqualTo(NominationState.WITHDRAWN);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AwardsEventTypes.WITHDRAWN);
            assertThat(e.aggregateVersion()).isEqualTo(2);
            assertThat(((NominationWithdrawn) e.data()).reason()).isEqualTo("Tahun depan");
        });
        assertThat(refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.withdraw(program, "lagi", OFFICER, TODAY, NOW))
                .extensions()).containsEntry("currentState", "WITHDRAWN");
    }

    @Test
    void aConflictBarsTheJurorFromEveryNominationOfTheCooperativeInTheProgram() {
        Nomination first = nominate(List.of(), OFFICER);
        Jury jury = AwardMother.jury(program, List.of("juri-1", "juri-2"), List.of());
        ConflictDeclaration declared = first.declareConflict(program, jury, AwardMother.juror("juri-1"), " Saya pengawasnya ", NOW);
        assertThat(declared.programId).isEqualTo(program.id);
        assertThat(declared.cooperativeId).isEqualTo(cooperative.cooperativeId());
        assertThat(declared.nominationId).isEqualTo(first.id);
        assertThat(declared.reason).isEqualTo("Saya pengawasnya");
        assertThat(first.history).extracting(h -> h.action).containsExactly(HistoryEntry.Action.NOMINATED,
                HistoryEntry.Action.CONFLICT_DECLARED);

        first.withdraw(program, "Diajukan ulang", OFFICER, TODAY, NOW);
        first.createdAt = NOW;
        Nomination again = nominate(List.of(first), OFFICER);
        Jury withConflict = AwardMother.jury(program, List.of("juri-1", "juri-2"), List.of(declared));
        assertThat(again.visibleTo(AwardMother.juror("juri-1"), withConflict)).isFalse();
        assertThat(first.visibleTo(AwardMother.juror("juri-1"), withConflict)).isFalse();
        assertThat(again.visibleTo(AwardMother.juror("juri-2"), withConflict)).isTrue();
        assertThat(refused(ProblemType.FORBIDDEN, () -> again.score(program, withConflict, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 90, null)), List.of(), ANY_VERSION, NOW)).getMessage()).contains("conflict of interest");
        assertThat(refused(ProblemType.DUPLICATE, () -> again.declareConflict(program, withConflict, AwardMother.juror("juri-1"),
                "lagi", NOW)).extensions()).containsEntry("existingId", declared.id.toString());
        assertThat(again.score(program, withConflict, AwardMother.juror("juri-2"), List.of(new ScoreEntry("K1", 70, null)),
                List.of(), ANY_VERSION, NOW)).singleElement().satisfies(s -> assertThat(s.score).isEqualTo(70));
    }

    @Test
    void scoresAreRevisedWithTheirHistoryAndRefusedOutOfTurn() {
        Nomination nomination = nominate(List.of(), OFFICER);
        program.scoringSheet = List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1"),
                AwardMother.computed("F1", Aspect.KEUANGAN, IndicatorKind.SHU_GROWTH, "20", "1"));
        Jury jury = AwardMother.jury(program, List.of("juri-1"), List.of());
        Actor juror = AwardMother.juror("juri-1");
        List<JurorScoreRecord> first = nomination.score(program, jury, juror, List.of(new ScoreEntry(" K1 ", 60, " ")), List.of(), ANY_VERSION, NOW);
        assertThat(first).singleElement().satisfies(s -> {
            assertThat(s.revision).isEqualTo(1);
            assertThat(s.comment).isNull();
        });
        assertThat(nomination.score(program, jury, juror, List.of(new ScoreEntry("K1", 80, "Direvisi")), first, ANY_VERSION, NOW)).isEmpty();
        assertThat(first.get(0).score).isEqualTo(80);
        assertThat(first.get(0).revision).isEqualTo(2);
        assertThat(nomination.history).extracting(h -> h.detail).endsWith("K1: 60", "K1: 60 -> 80 (Direvisi)");

        ProblemException invalid = refused(ProblemType.VALIDATION, () -> nomination.score(program, jury, juror,
                List.of(new ScoreEntry("F1", 10, null), new ScoreEntry("X9", 10, null), new ScoreEntry("K1", 1, null),
                        new ScoreEntry("K1", 2, null)), first, ANY_VERSION, NOW));
        assertThat(invalid.errors()).extracting(e -> e.field() + " " + e.message()).containsExactly(
                "scores[0].indicatorCode is a COMPUTED indicator; jurors score only K1",
                "scores[1].indicatorCode is not an indicator of the program's sheet",
                "scores[3].indicatorCode is scored twice in this request");
        refused(ProblemType.FORBIDDEN, () -> nomination.score(program, jury, AwardMother.juror("juri-9"),
                List.of(new ScoreEntry("K1", 1, null)), List.of(), ANY_VERSION, NOW));
        refused(ProblemType.FORBIDDEN, () -> nomination.score(program, jury, OFFICER, List.of(new ScoreEntry("K1", 1, null)),
                List.of(), ANY_VERSION, NOW));
        nomination.withdraw(program, "mundur", OFFICER, TODAY, NOW);
        assertThat(refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.score(program, jury, juror,
                List.of(new ScoreEntry("K1", 1, null)), first, ANY_VERSION, NOW)).extensions()).containsEntry("currentState", "WITHDRAWN");
    }

    @Test
    void fromRankingToTheOutcomeAtTheNextRoundEveryEventCountsTheVersionUp() {
        Nomination nomination = nominate(List.of(), OFFICER);
        Jury jury = AwardMother.jury(program, List.of("juri-1"), List.of());
        List<DomainEvent> finalised = program.finalise(List.of(new Placing(nomination, 1, new BigDecimal("87.25"), true, null)), List.of(),
                List.of(), OFFICER, LocalDate.of(2026, 6, 1), NOW);
        assertThat(nomination.state).isEqualTo(NominationState.RANKED);
        assertThat(finalised).singleElement().satisfies(e -> {
            assertThat(e.aggregateVersion()).isEqualTo(2);
            ScoresFinalised data = (ScoresFinalised) e.data();
            assertThat(data.rank()).isEqualTo(1);
            assertThat(data.winner()).isTrue();
            assertThat(data.finalisedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        });
        refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.forward(program, null, List.of(), OFFICER, TODAY, NOW));
        refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 1, null)), List.of(), ANY_VERSION, NOW));
        List<DomainEvent> announced = program.announce(List.of(nomination), OFFICER, LocalDate.of(2026, 7, 12), NOW);
        assertThat(announced).singleElement().satisfies(e -> {
            assertThat(e.aggregateVersion()).isEqualTo(3);
            assertThat(((WinnerAnnounced) e.data()).announcedOn()).isEqualTo(LocalDate.of(2026, 7, 12));
        });

        // Never forwarded: a move out of turn, 409 naming the state (RANKED), not a 404.
        assertThat(refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.WINNER, 2, LocalDate.of(2026, 9, 1), null), OFFICER, NOW))
                .toProblem(null).extensions()).containsEntry("currentState", "RANKED");
        // A winner whose cooperative was dissolved since is not forwarded (422 with the reasons), and nothing changes.
        assertThat(refused(ProblemType.RULE_VIOLATION, () -> nomination.forward(program, null,
                List.of("Dissolved on 2026-07-15, after the assessment date 2026-05-31: a dissolved cooperative is given no award."),
                OFFICER, LocalDate.of(2026, 7, 20), NOW)).toProblem(null).extensions()).containsEntry("reasons",
                List.of("Dissolved on 2026-07-15, after the assessment date 2026-05-31: a dissolved cooperative is given no award."));
        assertThat(nomination.state).isEqualTo(NominationState.RANKED);
        assertThat(nomination.forwarding).isNull();
        List<DomainEvent> forwarded = nomination.forward(program, " Surat 518 ", List.of(), OFFICER, LocalDate.of(2026, 7, 20), NOW);
        assertThat(nomination.state).isEqualTo(NominationState.FORWARDED);
        assertThat(nomination.forwarding.toLevel).isEqualTo(AwardLevel.PROVINCE);
        assertThat(nomination.forwarding.note).isEqualTo("Surat 518");
        assertThat(forwarded).extracting(DomainEvent::type, DomainEvent::aggregateVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AwardsEventTypes.FORWARDED, 4L));
        assertThat(refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.forward(program, null, List.of(), OFFICER, TODAY, NOW)).extensions())
                .containsEntry("currentState", "FORWARDED");

        assertThat(refused(ProblemType.VALIDATION, () -> nomination.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.WINNER, null, LocalDate.of(2026, 9, 1), null), OFFICER, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("rank");
        assertThat(refused(ProblemType.VALIDATION, () -> nomination.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.NOT_SELECTED, null, LocalDate.of(2026, 7, 19), null), OFFICER, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("decidedOn");
        List<DomainEvent> outcome = nomination.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.WINNER, 2, LocalDate.of(2026, 9, 1), "SK Gubernur"), OFFICER, NOW);
        assertThat(outcome).extracting(DomainEvent::type, DomainEvent::aggregateVersion).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AwardsEventTypes.FORWARDING_OUTCOME_RECORDED, 5L),
                org.assertj.core.groups.Tuple.tuple(AwardsEventTypes.WINNER_ANNOUNCED, 6L));
        assertThat(((ForwardingOutcomeRecorded) outcome.get(0).data()).rank()).isEqualTo(2);
        WinnerAnnounced atProvince = (WinnerAnnounced) outcome.get(1).data();
        assertThat(atProvince.level()).isEqualTo("PROVINCE");
        assertThat(atProvince.totalScore()).isNull();
        assertThat(nomination.state).isEqualTo(NominationState.OUTCOME_RECORDED);
        assertThat(nomination.history).extracting(h -> h.action).containsExactly(HistoryEntry.Action.NOMINATED,
                HistoryEntry.Action.SCORES_FINALISED, HistoryEntry.Action.FORWARDED, HistoryEntry.Action.FORWARDING_OUTCOME_RECORDED);
        refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.recordOutcome(program,
                new ForwardingDecision(ForwardingOutcome.NOT_SELECTED, null, LocalDate.of(2026, 9, 2), null), OFFICER, NOW));
    }

    @Test
    void aNonWinnerIsNotForwardedAndTheLastRoundHasNoNext() {
        Nomination loser = nominate(List.of(), OFFICER);
        program.finalise(List.of(new Placing(loser, 3, new BigDecimal("50.00"), false, null)), List.of(), List.of(), OFFICER,
                LocalDate.of(2026, 6, 1), NOW);
        program.announce(List.of(), OFFICER, LocalDate.of(2026, 7, 12), NOW);
        assertThat(refused(ProblemType.CONFLICT, () -> loser.forward(program, null, List.of(), OFFICER, TODAY, NOW)).getMessage())
                .isEqualTo("Only winners are forwarded; this nomination ranked 3");
        loser.winner = true;
        program.level = AwardLevel.NATIONAL;
        assertThat(refused(ProblemType.CONFLICT, () -> loser.forward(program, null, List.of(), OFFICER, TODAY, NOW)).getMessage())
                .isEqualTo("The NATIONAL round is the last: there is no round to forward to");
    }

    @Test
    void theResultShowsToTheOfficeOnceRankedAndToTheCooperativeOnceAnnounced() {
        Nomination nomination = nominate(List.of(), OFFICER);
        Actor itself = AwardMother.cooperative(cooperative.cooperativeId());
        assertThat(nomination.resultVisibleTo(OFFICER, program)).isFalse();
        program.finalise(List.of(new Placing(nomination, 1, new BigDecimal("90.00"), true, null)), List.of(), List.of(), OFFICER,
                LocalDate.of(2026, 6, 1), NOW);
        assertThat(nomination.resultVisibleTo(OFFICER, program)).isTrue();
        assertThat(nomination.resultVisibleTo(itself, program)).isFalse();
        program.announce(List.of(nomination), OFFICER, LocalDate.of(2026, 7, 12), NOW);
        assertThat(nomination.resultVisibleTo(itself, program)).isTrue();
        assertThat(nomination.resultVisibleTo(AwardMother.cooperative(UUID.randomUUID()), program)).isFalse();
        assertThat(nomination.resultVisibleTo(AwardMother.juror("juri-1"), program)).isFalse();
    }
}
