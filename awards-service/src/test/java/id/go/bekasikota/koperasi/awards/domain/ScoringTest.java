package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);

    @Test
    void totalIsTheWeightedMeanRoundedOnceHalfUp() {
        // Weights 3, 2, 1 with scores 100, 75, 50: (300 + 150 + 50) / 6 = 83.333... -> 83.33
        ScoringSheet sheet = new ScoringSheet(List.of(
                AwardMother.juror("K1", Aspect.KELEMBAGAAN, "3"),
                AwardMother.juror("U1", Aspect.USAHA, "2"),
                AwardMother.juror("F1", Aspect.KEUANGAN, "1")));
        Map<String, Integer> given = Map.of("K1", 100, "U1", 75, "F1", 50);
        NominationResult result = Scoring.score(sheet, i -> null,
                i -> List.of(new JurorScore("juri-1", given.get(i.code()), "ok")), Set.of());
        assertThat(result.total()).isEqualByComparingTo("83.33");
        assertThat(result.total().scale()).isEqualTo(2);
        assertThat(result.totalWeight()).isEqualByComparingTo("6");
        assertThat(result.aspectSubtotals().get(Aspect.KEUANGAN).rounded(2)).isEqualByComparingTo("50.00");
        assertThat(result.complete()).isTrue();
    }

    @Test
    void halfUpAtTheSecondDecimal() {
        // Weights 1 and 7 with 100 and 0: 100/8 = 12.5 exactly; weights 3 and 5 with 1 and 0: 3/8 = 0.375 -> 0.38
        ScoringSheet sheet = new ScoringSheet(List.of(
                AwardMother.juror("A", Aspect.USAHA, "3"), AwardMother.juror("B", Aspect.USAHA, "5")));
        NominationResult result = Scoring.score(sheet, i -> null,
                i -> List.of(new JurorScore("j", i.code().equals("A") ? 1 : 0, null)), Set.of());
        assertThat(result.total()).isEqualByComparingTo("0.38");
    }

    @Test
    void jurorMeanCountsOnlyJurorsWithoutAConflict() {
        ScoringSheet sheet = new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1")));
        List<JurorScore> scores = List.of(new JurorScore("juri-1", 80, null), new JurorScore("juri-2", 90, null),
                new JurorScore("juri-3", 10, null));
        NominationResult all = Scoring.score(sheet, i -> null, i -> scores, Set.of());
        assertThat(all.total()).isEqualByComparingTo("60.00");
        NominationResult withoutConflicted = Scoring.score(sheet, i -> null, i -> scores, Set.of("juri-3"));
        assertThat(withoutConflicted.total()).isEqualByComparingTo("85.00");
        IndicatorResult indicator = withoutConflicted.indicators().get(0);
        assertThat(indicator.countedScores()).extracting(JurorScore::juror).containsExactly("juri-1", "juri-2");
        assertThat(indicator.excludedJurors()).containsExactly("juri-3");
        assertThat(indicator.explanation()).contains("(80 + 90) / 2 = 85.00").contains("juri-3");
    }

    @Test
    void aJurorMeanIsNotRoundedBeforeTheTotal() {
        // Mean of 100, 100, 0 is 66.666...; with weight 3 beside a 0 of weight 1: 200/4 = 50.00 exactly.
        ScoringSheet sheet = new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "3"),
                AwardMother.juror("K2", Aspect.KELEMBAGAAN, "1")));
        NominationResult result = Scoring.score(sheet, i -> null, i -> i.code().equals("K1")
                ? List.of(new JurorScore("a", 100, null), new JurorScore("b", 100, null), new JurorScore("c", 0, null))
                : List.of(new JurorScore("a", 0, null)), Set.of());
        assertThat(result.total()).isEqualByComparingTo("50.00");
    }

    @Test
    void anIndicatorOnlyConflictedJurorsScoredIsIncompleteAndCountsZero() {
        ScoringSheet sheet = new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1"),
                AwardMother.juror("K2", Aspect.KELEMBAGAAN, "1")));
        NominationResult result = Scoring.score(sheet, i -> null, i -> i.code().equals("K1")
                ? List.of(new JurorScore("juri-1", 100, null)) : List.of(new JurorScore("juri-2", 100, null)), Set.of("juri-2"));
        assertThat(result.complete()).isFalse();
        assertThat(result.total()).isEqualByComparingTo("50.00");
    }

    @Test
    void computedIndicatorsScoreTheBandOfTheirAchievement() {
        // Member growth 10% (100 -> 110 in 2024, 110 -> 121 in 2025) against a target of 12.5%: 80% -> 75.
        // RAT on time 3 of 3 against 3: 100. Clean repayment with no loans: 100.
        ScoringSheet sheet = new ScoringSheet(List.of(
                AwardMother.computed("K1", Aspect.KELEMBAGAAN, IndicatorKind.RAT_ON_TIME, "3", "2"),
                AwardMother.computed("K2", Aspect.KELEMBAGAAN, IndicatorKind.MEMBER_GROWTH, "12.5", "1"),
                AwardMother.computed("F1", Aspect.KEUANGAN, IndicatorKind.CLEAN_REPAYMENT, "100", "1")));
        CooperativeFacts cooperative = AwardMother.healthy("1");
        NominationResult result = Scoring.score(sheet, i -> ComputedIndicators.measure(i.kind(), cooperative, 2025, AS_OF),
                i -> List.of(), Set.of());
        assertThat(result.indicators()).extracting(r -> r.score().rounded(0).intValue()).containsExactly(100, 75, 100);
        // (2 x 100 + 75 + 100) / 4 = 93.75
        assertThat(result.total()).isEqualByComparingTo("93.75");
        assertThat(result.indicators().get(1).explanation()).contains("(121 - 110) / 110 x 100 = 10.00%").contains("80.00%");
    }

    @Test
    void aMissingReportMakesAGrowthIndicatorScoreZeroWithTheReason() {
        ScoringSheet sheet = new ScoringSheet(List.of(
                AwardMother.computed("U1", Aspect.USAHA, IndicatorKind.ASSET_GROWTH, "5", "1")));
        CooperativeFacts healthy = AwardMother.healthy("1");
        CooperativeFacts onlyOne = new CooperativeFacts(healthy.cooperativeId(), "1", "K", "JASA", healthy.foundedOn(), null,
                List.of(healthy.annualReports().get(2)), LoanRecord.NONE);
        NominationResult result = Scoring.score(sheet, i -> ComputedIndicators.measure(i.kind(), onlyOne, 2025, AS_OF),
                i -> List.of(), Set.of());
        assertThat(result.total()).isEqualByComparingTo("0.00");
        assertThat(result.indicators().get(0).explanation()).contains("needs the RAT reports for 2024 and 2025");
    }

    @Test
    void weightsNeedNotBeWholeNumbers() {
        ScoringSheet sheet = new ScoringSheet(List.of(AwardMother.juror("A", Aspect.USAHA, "0.5"),
                AwardMother.juror("B", Aspect.KEUANGAN, "1.5")));
        NominationResult result = Scoring.score(sheet, i -> null,
                i -> List.of(new JurorScore("j", i.code().equals("A") ? 100 : 60, null)), Set.of());
        // (0.5 x 100 + 1.5 x 60) / 2 = 70
        assertThat(result.total()).isEqualByComparingTo(new BigDecimal("70.00"));
    }
}
