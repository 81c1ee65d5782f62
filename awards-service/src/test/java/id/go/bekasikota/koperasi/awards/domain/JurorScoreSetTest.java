package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static id.go.bekasikota.koperasi.awards.domain.AwardMother.NOW;
import static id.go.bekasikota.koperasi.awards.domain.AwardMother.OFFICER;
import static id.go.bekasikota.koperasi.awards.domain.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A juror's scores of a nomination as one set with a version (the sum of their revisions), which every
 * save raises and which a save is checked against before it changes anything: the rule behind the
 * {@code If-Match} of {@code PUT .../scores}. Versions are worked out by hand in the comments.
 */
class JurorScoreSetTest {

    private static final UUID NOMINATION = UUID.randomUUID();

    private AwardProgram program;
    private Nomination nomination;
    private Jury jury;

    @BeforeEach
    void aNominationWithTwoJurorIndicators() {
        program = AwardMother.openProgram();
        program.scoringSheet = List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1"), AwardMother.juror("K2", Aspect.USAHA, "1"));
        CooperativeFacts cooperative = AwardMother.healthy("3275010010001");
        nomination = new Nomination();
        nomination.nominate(program, cooperative.cooperativeId(), Optional.of(cooperative), List.of(), null, OFFICER,
                LocalDate.of(2026, 5, 10), NOW);
        jury = AwardMother.jury(program, List.of("juri-1", "juri-2"), List.of());
    }

    private static JurorScoreRecord scored(String juror, String code, int times) {
        JurorScoreRecord record = JurorScoreRecord.first(NOMINATION, juror, code);
        for (int i = 0; i < times; i++) {
            record.revise(50 + i, null, UUID.randomUUID(), NOW);
        }
        return record;
    }

    @Test
    void noScoresYetIsVersionZeroAndNeedsNoVersion() {
        JurorScoreSet none = new JurorScoreSet(List.of());
        assertThat(none.version()).isZero();
        assertThat(none.versionRequired()).isFalse();
    }

    @Test
    void theVersionIsTheSumOfTheRevisions() {
        // K1 scored once (revision 1), K2 scored and revised once (revision 2): 1 + 2 = 3
        JurorScoreSet set = new JurorScoreSet(List.of(scored("juri-1", "K1", 1), scored("juri-1", "K2", 2)));
        assertThat(set.version()).isEqualTo(3);
        assertThat(set.versionRequired()).isTrue();
        // one score, once: 1
        JurorScoreSet one = new JurorScoreSet(List.of(scored("juri-1", "K1", 1)));
        assertThat(one.version()).isEqualTo(1);
        assertThat(one.versionRequired()).isTrue();
    }

    @Test
    void theSetIsACopy() {
        List<JurorScoreRecord> scores = new ArrayList<>(List.of(scored("juri-1", "K1", 1)));
        JurorScoreSet set = new JurorScoreSet(scores);
        scores.add(scored("juri-1", "K2", 4));
        assertThat(set.version()).isEqualTo(1);
    }

    @Test
    void everySaveIsCheckedOnTheJurorsSetAsItStandsAndRaisesItsVersion() {
        List<Long> seen = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        Consumer<JurorScoreSet> precondition = current -> {
            seen.add(current.version());
            required.add(current.versionRequired());
        };
        List<JurorScoreRecord> mine = new ArrayList<>();
        // First scoring of K1 and K2: seen at 0 (nothing to overwrite), then 1 + 1 = 2.
        mine.addAll(nomination.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 70, null), new ScoreEntry("K2", 60, null)), List.copyOf(mine), precondition, NOW));
        assertThat(new JurorScoreSet(mine).version()).isEqualTo(2);
        // K2 again: seen at 2, then 1 + 2 = 3.
        mine.addAll(nomination.score(program, jury, AwardMother.juror("juri-1"), List.of(new ScoreEntry("K2", 85, null)),
                List.copyOf(mine), precondition, NOW));
        assertThat(new JurorScoreSet(mine).version()).isEqualTo(3);
        // Both again: seen at 3, then 2 + 3 = 5.
        mine.addAll(nomination.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 75, null), new ScoreEntry("K2", 80, null)), List.copyOf(mine), precondition, NOW));
        assertThat(new JurorScoreSet(mine).version()).isEqualTo(5);
        assertThat(seen).containsExactly(0L, 2L, 3L);
        assertThat(required).containsExactly(false, true, true);

        // Another juror's set is its own: juri-1's scores do not count in it, so its first save needs no version.
        List<JurorScoreRecord> others = nomination.score(program, jury, AwardMother.juror("juri-2"), List.of(new ScoreEntry("K1", 90, null)),
                List.copyOf(mine), precondition, NOW);
        assertThat(seen).containsExactly(0L, 2L, 3L, 0L);
        assertThat(required).containsExactly(false, true, true, false);
        assertThat(new JurorScoreSet(others).version()).isEqualTo(1);
    }

    @Test
    void aRefusedPreconditionChangesNothing() {
        List<JurorScoreRecord> mine = nomination.score(program, jury, AwardMother.juror("juri-1"), List.of(new ScoreEntry("K2", 85, "A")),
                List.of(), current -> { }, NOW);
        int entries = nomination.history.size();

        assertThatThrownBy(() -> nomination.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K2", 70, "B"), new ScoreEntry("K1", 40, "B")), mine, current -> {
                    throw new IllegalStateException("the form showed another version");
                }, NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(mine).singleElement().satisfies(k2 -> {
            assertThat(k2.score).isEqualTo(85);
            assertThat(k2.comment).isEqualTo("A");
            assertThat(k2.revision).isEqualTo(1);
        });
        assertThat(nomination.history).hasSize(entries);
    }

    @Test
    void aSaveRefusedForItsJurorItsIndicatorsOrTheStateIsRefusedSoBeforeItsVersionIsChecked() {
        Consumer<JurorScoreSet> notToBeAsked = current -> {
            throw new AssertionError("the version of a save refused otherwise was checked");
        };
        List<JurorScoreRecord> mine = nomination.score(program, jury, AwardMother.juror("juri-1"), List.of(new ScoreEntry("K1", 60, null)),
                List.of(), current -> { }, NOW);
        refused(ProblemType.FORBIDDEN, () -> nomination.score(program, jury, AwardMother.juror("juri-9"),
                List.of(new ScoreEntry("K1", 1, null)), List.of(), notToBeAsked, NOW));
        refused(ProblemType.VALIDATION, () -> nomination.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("X9", 1, null)), mine, notToBeAsked, NOW));
        ConflictDeclaration conflict = nomination.declareConflict(program, jury, AwardMother.juror("juri-1"), "kerabat", NOW);
        Jury withConflict = AwardMother.jury(program, List.of("juri-1", "juri-2"), List.of(conflict));
        refused(ProblemType.FORBIDDEN, () -> nomination.score(program, withConflict, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 1, null)), mine, notToBeAsked, NOW));
        nomination.withdraw(program, "mundur", OFFICER, LocalDate.of(2026, 5, 11), NOW);
        refused(ProblemType.ILLEGAL_TRANSITION, () -> nomination.score(program, jury, AwardMother.juror("juri-1"),
                List.of(new ScoreEntry("K1", 1, null)), mine, notToBeAsked, NOW));
    }
}
