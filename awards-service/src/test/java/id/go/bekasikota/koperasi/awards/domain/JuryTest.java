package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static id.go.bekasikota.koperasi.awards.domain.AwardMother.NOW;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/** A conflict of interest belongs to juror x cooperative x program; the jurors without one must score every juror indicator. */
class JuryTest {

    private static ConflictDeclaration conflict(UUID program, UUID cooperative, String juror) {
        ConflictDeclaration c = new ConflictDeclaration();
        c.id = UUID.randomUUID();
        c.programId = program;
        c.cooperativeId = cooperative;
        c.nominationId = UUID.randomUUID();
        c.juror = juror;
        c.reason = "kerabat";
        c.declaredAt = NOW;
        return c;
    }

    @Test
    void aConflictCoversTheCooperativeInTheProgramNotOthersNorOtherPrograms() {
        AwardProgram program = AwardMother.openProgram();
        UUID cooperative = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        Jury jury = AwardMother.jury(program, List.of("juri-1", "juri-2"), List.of(
                conflict(program.id, cooperative, "juri-1"), conflict(UUID.randomUUID(), neighbour, "juri-2")));
        assertThat(jury.conflicted("juri-1", cooperative)).isTrue();
        assertThat(jury.conflicted("juri-1", neighbour)).isFalse();
        assertThat(jury.conflicted("juri-2", neighbour)).as("declared in another program").isFalse();
        assertThat(jury.conflictedWith(cooperative)).containsExactly("juri-1");
        assertThat(jury.ableToScore(cooperative)).containsExactly("juri-2");
        assertThat(jury.admits(AwardMother.juror("juri-1"), cooperative)).isFalse();
        assertThat(jury.admits(AwardMother.juror("juri-1"), neighbour)).isTrue();
        assertThat(jury.admits(AwardMother.juror("juri-3"), neighbour)).as("not of the jury").isFalse();
        assertThat(jury.admits(OFFICER, neighbour)).as("not a juror's token").isFalse();
        assertThat(jury.jurors()).containsExactly("juri-1", "juri-2");
    }

    @Test
    void everyJurorWithoutAConflictScoresEveryJurorIndicator() {
        AwardProgram program = AwardMother.openProgram();
        program.scoringSheet = List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1"), AwardMother.juror("U1", Aspect.USAHA, "1"),
                AwardMother.computed("F1", Aspect.KEUANGAN, IndicatorKind.SHU_GROWTH, "20", "1"));
        CooperativeFacts facts = AwardMother.healthy("3275010010007");
        Nomination nomination = new Nomination();
        nomination.nominate(program, facts.cooperativeId(), Optional.of(facts), List.of(), null, OFFICER, LocalDate.of(2026, 5, 10), NOW);
        Jury jury = AwardMother.jury(program, List.of("juri-1", "juri-2", "juri-3"),
                List.of(conflict(program.id, facts.cooperativeId(), "juri-3")));
        assertThat(jury.missingScores(program.sheet(), nomination, Set.of("juri-1|K1", "juri-1|U1", "juri-2|K1", "juri-3|U1")))
                .containsExactly("Juror juri-2 has not scored U1 of Koperasi 3275010010007 (3275010010007).");
        Jury everyoneConflicted = AwardMother.jury(program, List.of("juri-3"), List.of(conflict(program.id, facts.cooperativeId(), "juri-3")));
        assertThat(everyoneConflicted.missingScores(program.sheet(), nomination, Set.of())).containsExactly(
                "No juror without a conflict of interest can score K1 of Koperasi 3275010010007 (3275010010007).",
                "No juror without a conflict of interest can score U1 of Koperasi 3275010010007 (3275010010007).");
    }

    private static JurorScoreRecord score(String juror, UUID seat) {
        JurorScoreRecord record = JurorScoreRecord.first(UUID.randomUUID(), juror, "K1");
        record.revise(80, null, seat, NOW);
        return record;
    }

    @Test
    void aScoreCountsWhenGivenDuringTheJurorsCurrentSeatWithoutAConflict() {
        AwardProgram program = AwardMother.openProgram();
        UUID cooperative = UUID.randomUUID();
        // juri-1 sits in seat 1 now, after an earlier seat 0; juri-2 declared a conflict with the cooperative; juri-3 is not on the jury.
        JurorAssignment seat1 = JurorAssignment.of(program.id, "juri-1", OFFICER.subject(), NOW);
        JurorAssignment seat2 = JurorAssignment.of(program.id, "juri-2", OFFICER.subject(), NOW);
        Jury jury = new Jury(program.id, List.of(seat1, seat2), List.of(conflict(program.id, cooperative, "juri-2")));
        JurorScoreRecord earlierSeat = score("juri-1", UUID.randomUUID());
        JurorScoreRecord thisSeat = score("juri-1", seat1.id);
        assertThat(jury.givenInSeat(earlierSeat)).as("given during an earlier seat").isFalse();
        assertThat(jury.givenInSeat(thisSeat)).isTrue();
        assertThat(jury.counts(thisSeat, cooperative)).isTrue();
        assertThat(jury.counts(earlierSeat, cooperative)).isFalse();
        // Given again, it counts: the revision moves it to the current seat.
        earlierSeat.revise(80, null, seat1.id, NOW);
        assertThat(jury.counts(earlierSeat, cooperative)).isTrue();
        assertThat(jury.givenInSeat(score("juri-1", null))).as("no seat known").isFalse();
        JurorScoreRecord conflicted = score("juri-2", seat2.id);
        assertThat(jury.givenInSeat(conflicted)).isTrue();
        assertThat(jury.counts(conflicted, cooperative)).as("a declared conflict").isFalse();
        assertThat(jury.counts(conflicted, UUID.randomUUID())).as("another cooperative").isTrue();
        assertThat(jury.counts(score("juri-3", seat1.id), cooperative)).as("not on the jury").isFalse();
    }

    @Test
    void onlyTheProgramsOwnJurorsAndDeclarationsCountAndTheyAreListedOldestFirst() {
        AwardProgram program = AwardMother.openProgram();
        UUID cooperative = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        UUID otherProgram = UUID.randomUUID();
        ConflictDeclaration late = conflict(program.id, cooperative, "juri-2");
        late.declaredAt = NOW.plusSeconds(60);
        ConflictDeclaration early = conflict(program.id, cooperative, "juri-3");
        ConflictDeclaration sameTime = conflict(program.id, cooperative, "juri-1");
        Jury jury = new Jury(program.id, List.of(JurorAssignment.of(program.id, "juri-1", OFFICER.subject(), NOW),
                JurorAssignment.of(otherProgram, "juri-9", OFFICER.subject(), NOW)),
                List.of(late, early, sameTime, conflict(program.id, neighbour, "juri-4"), conflict(otherProgram, cooperative, "juri-5")));
        assertThat(jury.jurors()).containsExactly("juri-1");
        assertThat(jury.isJuror("juri-9")).isFalse();
        assertThat(jury.conflictedWith(cooperative)).containsExactly("juri-1", "juri-2", "juri-3");
        // By the time declared, then by juror: juri-3 and juri-1 at NOW, juri-2 a minute later.
        assertThat(jury.conflictsWith(cooperative)).extracting(c -> c.juror).containsExactly("juri-1", "juri-3", "juri-2");
        assertThat(jury.conflictsWith(neighbour)).extracting(c -> c.juror).containsExactly("juri-4");
    }
}
