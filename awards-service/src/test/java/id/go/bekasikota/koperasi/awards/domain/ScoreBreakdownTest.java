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
    void anAchievementJustBelowAnEdgeIsShownBelowItBesideItsBand() {
        // Assets 5,000,000,000 -> 5,399,999,999: growth 7.99999998%; against a target of 10%: 79.9999998% -> band 50.
        CooperativeFacts base = AwardMother.healthy("1");
        CooperativeFacts facts = new CooperativeFacts(base.cooperativeId(), "1", "K", "JASA", base.foundedOn(), null, List.of(
                AwardMother.report(2024, LocalDate.of(2025, 3, 1), 10, 5_000_000_000L, 1),
                AwardMother.report(2025, LocalDate.of(2026, 3, 1), 10, 5_399_999_999L, 1)), LoanRecord.NONE);
        ScoringSheet sheet = new ScoringSheet(List.of(AwardMother.computed("U1", Aspect.USAHA, IndicatorKind.ASSET_GROWTH, "10", "1")));
        ScoreBreakdown.Line u1 = ScoreBreakdown.of(Scoring.score(sheet,
                i -> ComputedIndicators.measure(i.kind(), facts, 2025, LocalDate.of(2026, 8, 1)), i -> List.of(), Set.of()))
                .indicators().get(0);
        assertThat(u1.bandScore()).isEqualTo(50);
        assertThat(u1.achievementPercent()).isEqualByComparingTo("79.99");
        assertThat(u1.actual()).isEqualByComparingTo("7.99");
        assertThat(u1.score()).isEqualByComparingTo("50.00");
        assertThat(u1.explanation()).contains("x 100 = 7.99\u2026%.")
                .contains("Achievement 7.99\u2026 / target 10 x 100 = 79.99%: band 60-<80% -> 50.")
                .doesNotContain("80.00");
    }

    @Test
    void aCooperativeSeesHowItWasScoredButNotByWhom() {
        ScoreBreakdown.Line k2 = breakdown().anonymised().indicators().get(1);
        assertThat(k2.jurorScores()).extracting(JurorScore::juror).containsExactly("juror 1", "juror 2");
        assertThat(k2.excludedJurors()).isEmpty();
        assertThat(k2.explanation()).doesNotContain("juri-").contains("1 juror(s) with a declared conflict not counted");
    }

    @Test
    void jurorsNamedByTheirMailAddressesAreNotShownEither() {
        // Subjects with dots, as Keycloak's usernames are: two jurors with a conflict, one without.
        ScoringSheet sheet = new ScoringSheet(List.of(AwardMother.juror("K2", Aspect.KELEMBAGAAN, "1")));
        Set<String> conflicted = Set.of("juri-1@bekasikota.go.id", "dewi.lestari@bekasikota.go.id");
        ScoreBreakdown.Line k2 = ScoreBreakdown.of(Scoring.score(sheet, i -> null, i -> List.of(
                        new JurorScore("juri-1@bekasikota.go.id", 90, null), new JurorScore("dewi.lestari@bekasikota.go.id", 85, null),
                        new JurorScore("budi.santoso@bekasikota.go.id", 70, null)), conflicted))
                .anonymised().indicators().get(0);
        // Written out by hand: one juror counted (70), two not counted.
        assertThat(k2.explanation()).isEqualTo("Mean of 1 juror score (70) / 1 = 70.00; 2 juror(s) with a declared conflict not counted.");
        assertThat(k2.jurorScores()).extracting(JurorScore::juror).containsExactly("juror 1");
    }
}
