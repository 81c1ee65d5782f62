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
