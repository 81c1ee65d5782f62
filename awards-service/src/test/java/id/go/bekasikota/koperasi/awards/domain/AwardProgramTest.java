package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.go.bekasikota.koperasi.awards.domain.AwardMother.NOW;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.OFFICER;
import static id.go.bekasikota.koperasi.awards.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** The program owns its rules: terms, jury, the early close, finalisation and announcement, each recorded in its history. */
class AwardProgramTest {

    private static ProgramTerms withWinners(ProgramTerms t, int winners) {
        return new ProgramTerms(t.year(), t.name(), t.category(), t.jenis(), t.level(), t.nominationsOpenOn(), t.nominationsCloseOn(),
                t.announcementOn(), t.selfNomination(), winners, t.sheet());
    }

    @Test
    void aNewProgramIsOpenAnnouncedOnCooperativeDayUnlessToldOtherwise() {
        AwardProgram program = AwardMother.openProgram();
        assertThat(program.id).isNotNull();
        assertThat(program.state).isEqualTo(ProgramState.OPEN);
        assertThat(program.announcementOn).isEqualTo(LocalDate.of(2026, 7, 12));
        assertThat(program.createdBy).isEqualTo(OFFICER.subject());
        assertThat(program.history).singleElement().satisfies(h -> {
            assertThat(h.action).isEqualTo(HistoryEntry.Action.PROGRAM_CREATED);
            assertThat(h.nomination).isNull();
            assertThat(h.detail).isEqualTo("Koperasi Teladan 2026");
        });
    }

    @Test
    void termsThatBreakARuleAreRefusedNamingEachField() {
        ProgramTerms t = AwardMother.terms();
        ProgramTerms broken = new ProgramTerms(t.year(), t.name(), AwardCategory.OUTSTANDING_PER_JENIS, null, t.level(),
                t.nominationsOpenOn(), t.nominationsOpenOn().minusDays(1), null, true, 1,
                new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.USAHA, "0"))));
        assertThat(refused(ProblemType.VALIDATION, () -> new AwardProgram().create(broken, OFFICER, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("jenis", "nominationsCloseOn", "scoringSheet[0].weight");
    }

    @Test
    void onceNominatedTheSheetAndCategoryAreFrozenButTheWinnersMayChange() {
        AwardProgram program = AwardMother.openProgram();
        ProgramTerms t = AwardMother.terms();
        ProgramTerms otherSheet = new ProgramTerms(t.year(), t.name(), t.category(), t.jenis(), t.level(), t.nominationsOpenOn(),
                t.nominationsCloseOn(), null, true, 2, new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "2"))));
        assertThat(refused(ProblemType.CONFLICT, () -> program.change(otherSheet, AwardMother.NOMINATED, OFFICER, NOW)).getMessage())
                .contains("frozen");
        ProgramTerms perJenis = new ProgramTerms(t.year(), t.name(), AwardCategory.OUTSTANDING_PER_JENIS, Jenis.JASA, t.level(),
                t.nominationsOpenOn(), t.nominationsCloseOn(), null, true, 2, t.sheet());
        refused(ProblemType.CONFLICT, () -> program.change(perJenis, AwardMother.NOMINATED, OFFICER, NOW));
        program.change(withWinners(t, 3), AwardMother.NOMINATED, OFFICER, NOW);
        assertThat(program.winners).isEqualTo(3);
        program.change(otherSheet, NominatedDays.NONE, OFFICER, NOW);
        assertThat(program.sheet().totalWeight()).isEqualByComparingTo("2");
        assertThat(program.history).extracting(h -> h.action).containsExactly(HistoryEntry.Action.PROGRAM_CREATED,
                HistoryEntry.Action.PROGRAM_CHANGED, HistoryEntry.Action.PROGRAM_CHANGED);
    }

    @Test
    void onceNominatedTheWindowKeepsEveryDayANominationWasMadeOn() {
        AwardProgram program = AwardMother.openProgram();
        ProgramTerms t = AwardMother.terms();
        // Nominations made on 5 and 20 May (window 1 April - 31 May).
        NominatedDays nominated = new NominatedDays(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 20));
        ProblemException opensAfter = refused(ProblemType.CONFLICT,
                () -> program.change(withWindow(t, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 31)), nominated, OFFICER, NOW));
        assertThat(opensAfter.getMessage()).contains("2026-05-05").contains("2026-05-20");
        refused(ProblemType.CONFLICT, () -> program.change(withClose(t, LocalDate.of(2026, 5, 19)), nominated, OFFICER, NOW));
        assertThat(program.nominationsOpenOn).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(program.nominationsCloseOn).isEqualTo(LocalDate.of(2026, 5, 31));
        // Down to exactly the days nominations were made on.
        assertThat(program.change(withWindow(t, LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 20)), nominated, OFFICER, NOW)).isTrue();
        assertThat(program.nominationsOpenOn).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(program.nominationsCloseOn).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void termsTheProgramHasAlreadyChangeNothing() {
        AwardProgram program = AwardMother.openProgram();
        ProgramTerms t = AwardMother.terms();
        java.time.Instant created = program.updatedAt;
        // The same terms, the name with spaces around it and the sheet's weight written 1.00: nothing changes.
        ProgramTerms same = new ProgramTerms(t.year(), "  " + t.name() + " ", t.category(), t.jenis(), t.level(), t.nominationsOpenOn(),
                t.nominationsCloseOn(), LocalDate.of(2026, 7, 12), t.selfNomination(), t.winners(),
                new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1.00"))));
        assertThat(program.change(same, AwardMother.NOMINATED, OFFICER, NOW.plusSeconds(60))).isFalse();
        assertThat(program.updatedAt).isEqualTo(created);
        assertThat(program.history).extracting(h -> h.action).containsExactly(HistoryEntry.Action.PROGRAM_CREATED);
        assertThat(program.change(withWinners(t, 3), AwardMother.NOMINATED, OFFICER, NOW.plusSeconds(60))).isTrue();
        assertThat(program.history).extracting(h -> h.action).containsExactly(HistoryEntry.Action.PROGRAM_CREATED,
                HistoryEntry.Action.PROGRAM_CHANGED);
    }

    @Test
    void onceNominatedTheWindowMayMoveButNotAcrossTheFirstOfJuly() {
        AwardProgram program = AwardMother.openProgram();
        ProgramTerms t = AwardMother.terms();
        // The window (April and May 2026) is before 1 July 2026: F is 2024. A window moved to 1-31 July 2026 is valid
        // terms, but would judge on F = 2025 the nominations judged on 2024.
        assertThat(t.nominationsOpenOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(t.nominationsCloseOn()).isBefore(LocalDate.of(2026, 7, 1));
        ProgramTerms july = withWindow(t, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10));
        assertThat(refused(ProblemType.CONFLICT, () -> program.change(july, AwardMother.NOMINATED, OFFICER, NOW)).getMessage())
                .contains("2024").contains("2025");
        assertThat(program.nominationsCloseOn).isEqualTo(t.nominationsCloseOn());
        program.change(withClose(t, LocalDate.of(2026, 6, 30)), AwardMother.NOMINATED, OFFICER, NOW);
        assertThat(program.nominationsCloseOn).isEqualTo(LocalDate.of(2026, 6, 30));
        // Before any nomination the window may go anywhere it is valid.
        AwardProgram fresh = AwardMother.openProgram();
        fresh.change(july, NominatedDays.NONE, OFFICER, NOW);
        assertThat(fresh.nominationsCloseOn).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void aWindowAcrossTheFirstOfJulyIsRefusedWithOrWithoutNominations() {
        // 1 April to 2 July 2026: F would be 2024 for a nomination in June and 2025 at the close.
        ProgramTerms pastJuly = withClose(AwardMother.terms(), LocalDate.of(2026, 7, 2));
        for (NominatedDays nominated : new NominatedDays[] {NominatedDays.NONE, AwardMother.NOMINATED}) {
            AwardProgram program = AwardMother.openProgram();
            assertThat(refused(ProblemType.VALIDATION, () -> program.change(pastJuly, nominated, OFFICER, NOW)).errors())
                    .extracting(e -> e.field()).containsExactly("nominationsCloseOn");
            assertThat(program.nominationsCloseOn).isEqualTo(AwardMother.terms().nominationsCloseOn());
        }
        refused(ProblemType.VALIDATION, () -> new AwardProgram().create(pastJuly, OFFICER, NOW));
    }

    private static ProgramTerms withWindow(ProgramTerms t, LocalDate open, LocalDate close) {
        return new ProgramTerms(t.year(), t.name(), t.category(), t.jenis(), t.level(), open, close,
                t.announcementOn(), t.selfNomination(), t.winners(), t.sheet());
    }

    private static ProgramTerms withClose(ProgramTerms t, LocalDate close) {
        return new ProgramTerms(t.year(), t.name(), t.category(), t.jenis(), t.level(), t.nominationsOpenOn(), close,
                t.announcementOn(), t.selfNomination(), t.winners(), t.sheet());
    }

    @Test
    void nominationsCloseEarlyOnlyInsideTheWindowAndOnce() {
        AwardProgram program = AwardMother.openProgram();
        refused(ProblemType.CONFLICT, () -> program.closeNominations(OFFICER, LocalDate.of(2026, 3, 31), NOW));
        refused(ProblemType.CONFLICT, () -> program.closeNominations(OFFICER, LocalDate.of(2026, 6, 1), NOW));
        program.closeNominations(OFFICER, LocalDate.of(2026, 5, 10), NOW);
        assertThat(program.nominationsClosedOn).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(program.assessmentDate()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(program.windowOpenOn(LocalDate.of(2026, 5, 11))).isFalse();
        assertThat(program.nominationsOver(LocalDate.of(2026, 5, 10))).isTrue();
        assertThat(refused(ProblemType.CONFLICT, () -> program.closeNominations(OFFICER, LocalDate.of(2026, 5, 11), NOW)).getMessage())
                .contains("closed on 2026-05-10");
    }

    @Test
    void aJuryHasTwentyFiveJurorsAtMost() {
        AwardProgram program = AwardMother.openProgram();
        List<String> twentyFour = java.util.stream.IntStream.rangeClosed(1, 24).mapToObj(i -> "juri-" + i).toList();
        assertThat(program.assignJuror(AwardMother.jury(program, twentyFour, List.of()), "juri-25", OFFICER, NOW).juror)
                .as("the 25th joins").isEqualTo("juri-25");
        List<String> twentyFive = java.util.stream.IntStream.rangeClosed(1, 25).mapToObj(i -> "juri-" + i).toList();
        Jury full = AwardMother.jury(program, twentyFive, List.of());
        assertThat(refused(ProblemType.RULE_VIOLATION, () -> program.assignJuror(full, "juri-26", OFFICER, NOW)).extensions())
                .containsEntry("reasons", List.of("The jury has 25 jurors; at most 25 may sit on one program: remove one before assigning another."));
        assertThat(refused(ProblemType.DUPLICATE, () -> program.assignJuror(full, "juri-3", OFFICER, NOW)).extensions())
                .as("one already on the jury is named as such").containsKey("existingId");
        assertThat(Jury.MAX_JURORS).isEqualTo(25);
    }

    @Test
    void theJuryChangesOnlyWhileOpen() {
        AwardProgram program = AwardMother.openProgram();
        Jury jury = AwardMother.jury(program, List.of("juri-1"), List.of());
        JurorAssignment added = program.assignJuror(jury, " juri-2 ", OFFICER, NOW);
        assertThat(added.juror).isEqualTo("juri-2");
        // A username is one person whatever its case: kept as the identity provider keeps it, in lower case.
        assertThat(program.assignJuror(jury, "Juri-7@Bekasikota.go.id", OFFICER, NOW).juror).isEqualTo("juri-7@bekasikota.go.id");
        assertThat(refused(ProblemType.DUPLICATE, () -> program.assignJuror(jury, "JURI-1", OFFICER, NOW)).extensions())
                .containsEntry("existingId", jury.assignment("juri-1").orElseThrow().id.toString());
        assertThat(added.programId).isEqualTo(program.id);
        assertThat(refused(ProblemType.DUPLICATE, () -> program.assignJuror(jury, "juri-1", OFFICER, NOW)).extensions())
                .containsEntry("existingId", jury.assignment("juri-1").orElseThrow().id.toString());
        // Removed as seated, or by the username in another case (the seat is kept in lower case).
        assertThat(program.removeJuror(jury, "JURI-1", OFFICER, NOW).juror).isEqualTo("juri-1");
        assertThat(program.removeJuror(jury, "juri-1", OFFICER, NOW).juror).isEqualTo("juri-1");
        assertThat(program.history.get(program.history.size() - 1).detail).isEqualTo("juri-1 (their scores no longer count)");
        Jury older = AwardMother.jury(program, List.of("Juri-Lama"), List.of());
        assertThat(program.removeJuror(older, "Juri-Lama", OFFICER, NOW).juror).as("a seat from before, in its case").isEqualTo("Juri-Lama");
        refused(ProblemType.NOT_FOUND, () -> program.removeJuror(jury, "juri-9", OFFICER, NOW));
        program.finalise(List.of(), List.of(), List.of(), OFFICER, LocalDate.of(2026, 6, 1), NOW);
        assertThat(refused(ProblemType.ILLEGAL_TRANSITION, () -> program.assignJuror(jury, "juri-3", OFFICER, NOW)).extensions())
                .containsEntry("currentState", "FINALISED");
        refused(ProblemType.ILLEGAL_TRANSITION, () -> program.removeJuror(jury, "juri-1", OFFICER, NOW));
    }

    @Test
    void finalisationWaitsForTheWindowAndEveryScoreThenFixesThePlacings() {
        AwardProgram program = AwardMother.openProgram();
        CooperativeFacts facts = AwardMother.healthy("3275010010009");
        Nomination nomination = new Nomination();
        nomination.nominate(program, facts.cooperativeId(), Optional.of(facts), List.of(), null, OFFICER, LocalDate.of(2026, 5, 10), NOW);
        List<Placing> placings = List.of(new Placing(nomination, 1, new BigDecimal("75.00"), true, null));
        assertThat(refused(ProblemType.RULE_VIOLATION, () -> program.finalise(placings, List.of(), List.of(), OFFICER, LocalDate.of(2026, 5, 31),
                NOW)).extensions()).containsEntry("reasons",
                List.of("The nomination window is open until 2026-05-31; finalise from the day after, or close the nominations first."));
        assertThat(refused(ProblemType.RULE_VIOLATION, () -> program.finalise(placings, List.of(), List.of("Juror juri-1 has not scored K1."),
                OFFICER, LocalDate.of(2026, 6, 1), NOW)).extensions()).containsEntry("reasons", List.of("Juror juri-1 has not scored K1."));
        // A nomination no longer eligible refuses too, listed first, with every missing score after it.
        ProblemException ineligible = refused(ProblemType.RULE_VIOLATION, () -> program.finalise(placings,
                List.of("Koperasi Lima Garuda (nomination 1): Has 1 DEFAULTED loan."), List.of("Juror juri-1 has not scored K1."),
                OFFICER, LocalDate.of(2026, 6, 1), NOW));
        assertThat(ineligible.extensions()).containsEntry("reasons",
                List.of("Koperasi Lima Garuda (nomination 1): Has 1 DEFAULTED loan.", "Juror juri-1 has not scored K1."));
        assertThat(ineligible.getMessage()).contains("withdraw it first");
        assertThat(program.state).isEqualTo(ProgramState.OPEN);
        assertThat(nomination.state).isEqualTo(NominationState.SUBMITTED);

        assertThat(program.finalise(placings, List.of(), List.of(), OFFICER, LocalDate.of(2026, 6, 1), NOW)).hasSize(1);
        assertThat(program.state).isEqualTo(ProgramState.FINALISED);
        assertThat(program.finalisedOn).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(nomination.rank).isEqualTo(1);
        assertThat(nomination.totalScore).isEqualByComparingTo("75.00");
        assertThat(program.history.get(program.history.size() - 1).detail)
                .isEqualTo("1 nomination(s) ranked; winners: 1. Koperasi 3275010010009");
        assertThat(refused(ProblemType.ILLEGAL_TRANSITION, () -> program.finalise(placings, List.of(), List.of(), OFFICER,
                LocalDate.of(2026, 6, 2), NOW)).getMessage()).isEqualTo("Cannot finalise in state FINALISED");
    }

    @Test
    void winnersAreAnnouncedOnOrAfterTheAnnouncementDateAndThenPublic() {
        AwardProgram program = AwardMother.openProgram();
        Actor anyone = new Actor("anonymous", ActorRole.ANONYMOUS, null, null);
        refused(ProblemType.ILLEGAL_TRANSITION, () -> program.announce(List.of(), OFFICER, LocalDate.of(2026, 7, 12), NOW));
        program.finalise(List.of(), List.of(), List.of(), OFFICER, LocalDate.of(2026, 6, 1), NOW);
        assertThat(program.winnersVisibleTo(OFFICER)).isTrue();
        assertThat(program.winnersVisibleTo(anyone)).isFalse();
        assertThat(refused(ProblemType.RULE_VIOLATION, () -> program.announce(List.of(), OFFICER, LocalDate.of(2026, 7, 11), NOW))
                .extensions()).containsEntry("reasons", List.of("The announcement date is 2026-07-12; today is 2026-07-11."));
        assertThat(program.announce(List.of(), OFFICER, LocalDate.of(2026, 7, 12), NOW)).isEmpty();
        assertThat(program.state).isEqualTo(ProgramState.ANNOUNCED);
        assertThat(program.announcedOn).isEqualTo(LocalDate.of(2026, 7, 12));
        assertThat(program.winnersVisibleTo(anyone)).isTrue();
        assertThat(program.wins(2)).isTrue();
        assertThat(program.wins(3)).isFalse();
    }
}
