package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.go.bekasikota.koperasi.awards.domain.AwardMother.NOW;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.OFFICER;
import static id.go.bekasikota.koperasi.awards.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** A program's steps beside those of {@link AwardProgramTest}: what only an OPEN program takes, what is frozen once nominated, the history of every step. */
class AwardProgramStepTest {

    private static ProgramTerms terms(int year, AwardCategory category, Jenis jenis, AwardLevel level, LocalDate closeOn) {
        ProgramTerms t = AwardMother.terms();
        return new ProgramTerms(year, t.name(), category, jenis, level, t.nominationsOpenOn(), closeOn, null, true, 2, t.sheet());
    }

    private static ProgramTerms terms(int year, AwardCategory category, Jenis jenis, AwardLevel level) {
        return terms(year, category, jenis, level, AwardMother.terms().nominationsCloseOn());
    }

    @Test
    void aProgramChangesOnlyWhileOpenAndOnlyToValidTerms() {
        AwardProgram program = AwardMother.openProgram();
        ProgramTerms closesBeforeItOpens = terms(2026, AwardCategory.MODEL_COOPERATIVE, null, AwardLevel.CITY, LocalDate.of(2026, 3, 1));
        assertThat(refused(ProblemType.VALIDATION, () -> program.change(closesBeforeItOpens, NominatedDays.NONE, OFFICER, NOW)).errors())
                .extracting(e -> e.field()).containsExactly("nominationsCloseOn");

        program.finalise(List.of(), List.of(), List.of(), OFFICER, LocalDate.of(2026, 6, 1), NOW);
        refused(ProblemType.ILLEGAL_TRANSITION, () -> program.change(AwardMother.terms(), NominatedDays.NONE, OFFICER, NOW));
        refused(ProblemType.ILLEGAL_TRANSITION, () -> program.closeNominations(OFFICER, LocalDate.of(2026, 6, 2), NOW));
    }

    @Test
    void onceNominatedTheYearTheJenisAndTheLevelAreFrozenToo() {
        AwardProgram city = AwardMother.openProgram();
        refused(ProblemType.CONFLICT, () -> city.change(terms(2027, AwardCategory.MODEL_COOPERATIVE, null, AwardLevel.CITY),
                AwardMother.NOMINATED, OFFICER, NOW));
        refused(ProblemType.CONFLICT, () -> city.change(terms(2026, AwardCategory.MODEL_COOPERATIVE, null, AwardLevel.PROVINCE),
                AwardMother.NOMINATED, OFFICER, NOW));
        assertThat(city.year).isEqualTo(2026);
        assertThat(city.level).isEqualTo(AwardLevel.CITY);

        AwardProgram perJenis = new AwardProgram();
        perJenis.create(terms(2026, AwardCategory.OUTSTANDING_PER_JENIS, Jenis.JASA, AwardLevel.CITY), OFFICER, NOW);
        refused(ProblemType.CONFLICT, () -> perJenis.change(terms(2026, AwardCategory.OUTSTANDING_PER_JENIS, Jenis.KONSUMEN,
                AwardLevel.CITY), AwardMother.NOMINATED, OFFICER, NOW));
        assertThat(perJenis.jenis).isEqualTo(Jenis.JASA);
        perJenis.change(terms(2026, AwardCategory.OUTSTANDING_PER_JENIS, Jenis.KONSUMEN, AwardLevel.CITY), NominatedDays.NONE, OFFICER, NOW);
        assertThat(perJenis.jenis).isEqualTo(Jenis.KONSUMEN);
    }

    @Test
    void everyStepOfTheProgramIsInItsHistory() {
        AwardProgram program = AwardMother.openProgram();
        Jury jury = AwardMother.jury(program, List.of("juri-1"), List.of());
        program.assignJuror(jury, "juri-2", OFFICER, NOW);
        program.removeJuror(jury, "juri-1", OFFICER, NOW);
        program.closeNominations(OFFICER, LocalDate.of(2026, 5, 10), NOW);
        program.finalise(List.of(), List.of(), List.of(), OFFICER, LocalDate.of(2026, 5, 11), NOW);
        program.announce(List.of(), OFFICER, LocalDate.of(2026, 7, 12), NOW);
        assertThat(program.history).extracting(h -> h.action, h -> h.detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.PROGRAM_CREATED, "Koperasi Teladan 2026"),
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.JUROR_ASSIGNED, "juri-2"),
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.JUROR_REMOVED, "juri-1 (their scores no longer count)"),
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.NOMINATIONS_CLOSED, "Closed early on 2026-05-10 (window to 2026-05-31)"),
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.SCORES_FINALISED, "0 nomination(s) ranked; winners: "),
                org.assertj.core.groups.Tuple.tuple(HistoryEntry.Action.WINNERS_ANNOUNCED, "0 winner(s) announced on 2026-07-12"));
    }
}
