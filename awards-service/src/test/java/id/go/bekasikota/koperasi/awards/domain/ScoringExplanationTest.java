package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a score says about itself (the explanation the office and the cooperative read) and the
 * inputs a score can meet at its edges: no measurement, no juror scores, no indicator at all.
 */
class ScoringExplanationTest {

    private static final Indicator K1 = AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1");
    private static final Indicator F1 = AwardMother.computed("F1", Aspect.KEUANGAN, IndicatorKind.SHU_GROWTH, "20", "1");

    @Test
    void aJurorMeanNamesItsScoresAndOnlyThenTheConflictedJurors() {
        List<JurorScore> scores = List.of(new JurorScore("a", 80, null), new JurorScore("b", 90, null));
        assertThat(Scoring.juror(K1, scores, Set.of()).explanation()).isEqualTo("Mean of 2 juror scores (80 + 90) / 2 = 85.00.");
        assertThat(Scoring.juror(K1, scores, Set.of("b")).explanation())
                .isEqualTo("Mean of 1 juror score (80) / 1 = 80.00; not counted (declared conflict): b.");
    }

    @Test
    void aFullJuryOfLongNamesFitsTheExplanationsBound() {
        // The longest juror line: 25 jurors (Jury.MAX_JURORS) of 200 characters (JurorRequest), one counted and 24
        // named as conflicted: 40 + 35 + 24 x 200 + 23 x 2 + 1 = 4,922 characters, under the 6,000 stated.
        List<JurorScore> scores = new java.util.ArrayList<>();
        java.util.Set<String> conflicted = new java.util.HashSet<>();
        StringBuilder names = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            String name = String.format("%03d", i) + "x".repeat(197);
            scores.add(new JurorScore(name, 100, null));
            if (i > 1) {
                conflicted.add(name);
                names.append(i > 2 ? ", " : "").append(name);
            }
        }
        IndicatorResult result = Scoring.juror(K1, scores, conflicted);
        assertThat(result.explanation()).isEqualTo("Mean of 1 juror score (100) / 1 = 100.00; not counted (declared conflict): " + names + ".");
        assertThat(result.explanation()).hasSize(4922);
        ScoreBreakdown.Line line = ScoreBreakdown.of(Scoring.score(new ScoringSheet(List.of(K1)), i -> null, i -> scores, conflicted))
                .indicators().get(0);
        assertThat(line.explanation()).isEqualTo(result.explanation());
        assertThat(line.jurorScores()).hasSize(1);
        assertThat(line.excludedJurors()).hasSize(24);
        assertThat(ScoreBreakdown.Line.EXPLANATION_LENGTH).isEqualTo(6000);
    }

    @Test
    void aLongerExplanationIsCutToTheBoundStated() {
        ScoreBreakdown.Line line = new ScoreBreakdown.Line("K1", "Kelembagaan", Aspect.KELEMBAGAAN, IndicatorSource.JUROR, null, null,
                null, BigDecimal.ONE, null, null, null, List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, false, "y".repeat(7000));
        assertThat(line.explanation()).hasSize(6000).endsWith("y\u2026").startsWith("yyyy");
    }

    @Test
    void withoutScoresAJurorIndicatorCountsZeroUntilScored() {
        IndicatorResult unscored = Scoring.juror(K1, null, Set.of());
        assertThat(unscored.complete()).isFalse();
        assertThat(unscored.score().compareTo(Fraction.ZERO)).isZero();
        assertThat(unscored.explanation()).isEqualTo("No score yet from a juror without a conflict: counts as 0 until scored.");
    }

    @Test
    void aComputedIndicatorWithoutAMeasurementScoresZeroAndSaysSo() {
        IndicatorResult missing = Scoring.computed(F1, null);
        assertThat(missing.score().compareTo(Fraction.ZERO)).isZero();
        assertThat(missing.complete()).isTrue();
        assertThat(missing.explanation()).isEqualTo("Not available. Achievement cannot be computed: band score 0.");
        IndicatorResult unavailable = Scoring.computed(F1, new Measurement(null, "Not available: no report."));
        assertThat(unavailable.explanation()).isEqualTo("Not available: no report. Achievement cannot be computed: band score 0.");
    }

    @Test
    void aSheetWithoutIndicatorsTotalsZeroRatherThanDividingByZero() {
        NominationResult result = Scoring.score(new ScoringSheet(List.of()), i -> null, i -> List.of(), Set.of());
        assertThat(result.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.totalWeight()).isEqualByComparingTo("0");
    }

    @Test
    void aBreakdownShowsNoActualValueForAJurorIndicatorNorForOneNotAvailable() {
        ScoringSheet sheet = new ScoringSheet(List.of(K1, F1));
        ScoreBreakdown breakdown = ScoreBreakdown.of(Scoring.score(sheet, i -> new Measurement(null, "Not available: no report."),
                i -> List.of(new JurorScore("a", 60, null)), Set.of()));
        ScoreBreakdown.Line juror = breakdown.indicators().get(0);
        assertThat(juror.actual()).isNull();
        assertThat(juror.achievementPercent()).isNull();
        assertThat(juror.bandScore()).isNull();
        assertThat(juror.unit()).isNull();
        assertThat(juror.score()).isEqualByComparingTo("60.00");
        ScoreBreakdown.Line computed = breakdown.indicators().get(1);
        assertThat(computed.actual()).isNull();
        assertThat(computed.bandScore()).isZero();
        // (60 x 1 + 0 x 1) / 2
        assertThat(breakdown.total()).isEqualByComparingTo("30.00");
    }

    @Test
    void aJurorScoresFromZeroToAHundred() {
        assertThat(new JurorScore("a", 0, null).score()).isZero();
        assertThat(new JurorScore("a", 100, null).score()).isEqualTo(100);
        assertThatThrownBy(() -> new JurorScore("a", -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JurorScore("a", 101, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
