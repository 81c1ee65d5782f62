package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What keeps a cooperative from being nominated besides its eligibility, in the order a nomination meets it. */
class NominationRulesTest {

    private static final LocalDate IN_THE_WINDOW = LocalDate.of(2026, 5, 10);

    private static Nomination earlier(NominationState state) {
        Nomination n = new Nomination();
        n.id = UUID.fromString("00000000-0000-0000-0000-00000000000" + (state.ordinal() + 1));
        n.state = state;
        n.submittedOn = LocalDate.of(2026, 4, 2);
        return n;
    }

    private static List<String> obstacles(AwardProgram program, List<Nomination> earlier, boolean self, LocalDate today) {
        return NominationRules.obstacles(program, earlier, self, today).stream().map(t -> t.in(Locale.ENGLISH)).toList();
    }

    @Test
    void nothingStandsInTheWayInsideTheWindowOfAnOpenProgram() {
        AwardProgram program = AwardMother.openProgram();
        assertThat(obstacles(program, List.of(), true, IN_THE_WINDOW)).isEmpty();
        assertThat(obstacles(program, List.of(), false, LocalDate.of(2026, 4, 1))).as("the first day").isEmpty();
        assertThat(obstacles(program, List.of(), false, LocalDate.of(2026, 5, 31))).as("the last day").isEmpty();
        // Two withdrawals: a third nomination is still allowed.
        assertThat(obstacles(program, List.of(earlier(NominationState.WITHDRAWN), earlier(NominationState.WITHDRAWN)), false,
                IN_THE_WINDOW)).isEmpty();
    }

    @Test
    void everyObstacleIsNamedInTheOrderANominationMeetsIt() {
        AwardProgram program = AwardMother.openProgram();
        program.selfNomination = false;
        Nomination running = earlier(NominationState.SUBMITTED);
        List<Nomination> earlier = List.of(earlier(NominationState.WITHDRAWN), earlier(NominationState.WITHDRAWN),
                earlier(NominationState.WITHDRAWN), running);
        assertThat(obstacles(program, earlier, true, LocalDate.of(2026, 6, 1))).containsExactly(
                "The program takes no self-nominations: the office nominates.",
                "Nominated for this program already (nomination " + running.id + " of 2026-04-02, in the running).",
                "Nominations are accepted from 2026-04-01 to 2026-05-31, not on 2026-06-01.",
                "The cooperative was nominated for this program and withdrawn 3 times; after a withdrawal it may be nominated again"
                        + " at most 2 times.");
        assertThat(obstacles(program, List.of(), false, LocalDate.of(2026, 3, 31))).containsExactly(
                "Nominations are accepted from 2026-04-01 to 2026-05-31, not on 2026-03-31.");
    }

    @Test
    void aProgramClosedEarlyOrPastOpenTakesNoNomination() {
        AwardProgram program = AwardMother.openProgram();
        program.closeNominations(AwardMother.OFFICER, LocalDate.of(2026, 5, 20), AwardMother.NOW);
        assertThat(obstacles(program, List.of(), false, LocalDate.of(2026, 5, 21)))
                .containsExactly("Nominations were closed on 2026-05-20.");
        program.finalise(List.of(), List.of(), List.of(), AwardMother.OFFICER, LocalDate.of(2026, 5, 21), AwardMother.NOW);
        assertThat(obstacles(program, List.of(), false, LocalDate.of(2026, 5, 21))).containsExactly(
                "The program is FINALISED: it takes no more nominations.", "Nominations were closed on 2026-05-20.");
        assertThat(NominationRules.obstacles(program, List.of(), false, LocalDate.of(2026, 5, 21)).get(0).in(Locale.forLanguageTag("id")))
                .isEqualTo("Program berstatus FINALISED: tidak menerima nominasi lagi.");
    }
}
