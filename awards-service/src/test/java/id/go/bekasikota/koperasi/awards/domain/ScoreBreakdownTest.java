package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreBreakdownTest {

    private static final ScoringSheet SHEET = new ScoringSheet(List.of(
            AwardMother.computed("K1", Aspect.KELEMBAGAAN, IndicatorKind.RAT_ON_TIME, "3", "2"),
            AwardMother.juror("K2", Aspect.KELEMBAGAAN, "1"),
            AwardMother.computed("F1", Aspect.KEUANGAN, IndicatorKind.SHU_GROWTH, "20", "1")));

    private static ScoreBreakdown breakdown() {
        CooperativeFacts cooperative = AwardMother.healthy("1");
        return ScoreBreakdown.of(Scoring.score(SHEET,
                i -> ComputedIndicators.measure(i.kind(), cooperative, 2025, LocalDate.of(2026, 8, 1)),
                i -> List.of(new JurorScore("juri-1", 70, "baik"), new JurorScore("juri-2", 80, null),
                        new JurorScore("juri-3", 0, null)),
                Set.of("juri-3")));
    }

    @Test
    void everyNumberIsShownToTwoDecimals() {
        ScoreBreakdown b = breakdown();
        // K1: 3 of 3 on time -> 100 (weight 2); K2: (70 + 80) / 2 = 75; F1: SHU +10% of target 20 = 50% -> 25.
        // (200 + 75 + 25) / 4 = 75.00
        assertThat(b.total()).isEqualByComparingTo("75.00");
        assertThat(b.weightedSum()).isEqualByComparingTo("300.00");
        assertThat(b.totalWeight()).isEqualByComparingTo("4");
        assertThat(b.aspectSubtotals().get(Aspect.KELEMBAGAAN)).isEqualByComparingTo("91.67");
        assertThat(b.aspectSubtotals().get(Aspect.KEUANGAN)).isEqualByComparingTo("25.00");
        ScoreBreakdown.Line f1 = b.indicators().get(2);
        assertThat(f1.actual()).isEqualByComparingTo("10.00");
        assertThat(f1.achievementPercent()).isEqualByComparingTo("50.00");
        assertThat(f1.bandScore()).isEqualTo(25);
        assertThat(f1.unit()).isEqualTo("percent");
        assertThat(b.indicators().get(1).bandScore()).isNull();
        assertThat(b.indicators().get(0).weightedScore()).isEqualByComparingTo("200.00");
    }

    @Test
    void aCooperativeSeesHowItWasScoredButNotByWhom() {
        ScoreBreakdown.Line k2 = breakdown().anonymised().indicators().get(1);
        assertThat(k2.jurorScores()).extracting(JurorScore::juror).containsExactly("juror 1", "juror 2");
        assertThat(k2.excludedJurors()).isEmpty();
        assertThat(k2.explanation()).doesNotContain("juri-").contains("1 juror(s) with a declared conflict not counted");
    }
}
