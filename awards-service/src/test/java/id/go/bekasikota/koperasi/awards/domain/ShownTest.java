package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A shown achievement never lands on the other side of a band edge than the band it scored. */
class ShownTest {

    @ParameterizedTest(name = "{0}% shows as {1}% (band {2})")
    @CsvSource({
            "79.9999998, 79.99, 50", "80, 80.00, 75", "80.0000001, 80.00, 75",
            "99.999, 99.99, 75", "100, 100.00, 100",
            "59.995, 59.99, 25", "60, 60.00, 50",
            "49.9999, 49.99, 0", "50, 50.00, 25",
            "0.004, 0.00, 0", "-0.004, 0.00, 0", "-12.349, -12.34, 0"})
    void anAchievementIsTruncatedTowardZero(String exact, String shown, int band) {
        Fraction achievement = Fraction.whole(new BigDecimal(exact));
        assertThat(Shown.truncated(achievement)).isEqualByComparingTo(shown);
        assertThat(Shown.truncated(achievement).scale()).isEqualTo(2);
        assertThat(BandScore.of(achievement)).isEqualTo(band);
    }

    @Test
    void aQuotientJustBelowAnEdgeStaysBelowIt() {
        // 2 of 3 years on time against a target of 2.5: 2/2.5 = 80% exactly; 239,999,999 / 300,000,000 = 79.99999966...%
        assertThat(Shown.truncated(BandScore.achievement(Fraction.whole(2), new BigDecimal("2.5")))).isEqualByComparingTo("80.00");
        Fraction justBelow = Fraction.of(new BigDecimal("23999999900"), new BigDecimal("300000000"));
        assertThat(Shown.truncated(justBelow)).isEqualByComparingTo("79.99");
        assertThat(BandScore.of(justBelow)).isEqualTo(50);
    }

    @Test
    void derivedValuesAreRoundedHalfUpAndNothingShowsForNothing() {
        assertThat(Shown.rounded(Fraction.of(BigDecimal.valueOf(200), BigDecimal.valueOf(3)))).isEqualByComparingTo("66.67");
        assertThat(Shown.rounded(Fraction.of(BigDecimal.ONE, BigDecimal.valueOf(8)))).isEqualByComparingTo("0.13");
        assertThat(Shown.truncated(null)).isNull();
        assertThat(Shown.rounded(null)).isNull();
    }

    @ParameterizedTest(name = "{0}/{1} is computed with as {2}")
    @CsvSource(delimiter = ';', value = {
            // exact up to six decimals, with at least two; beyond, two truncated and an ellipsis
            "619; 200; 3.095", "25; 1; 25.00", "5; 2; 2.50", "1; 1000000; 0.000001", "-619; 200; -3.095",
            "1; 3; 0.33\u2026", "200; 3; 66.66\u2026", "1; 10000000; 0.00\u2026", "399999999; 50000000; 7.99\u2026"})
    void anOperandIsExactOrMarkedAsCut(String numerator, String denominator, String shown) {
        assertThat(Shown.operand(Fraction.of(new BigDecimal(numerator), new BigDecimal(denominator)))).isEqualTo(shown);
    }

    @Test
    void anExplanationsArithmeticIsTheArithmeticDone() {
        // SHU 619 of assets 20,000 = 3.095% exactly; against a target of 5: 3.095 / 5 x 100 = 61.9% -> band 50. Truncated to
        // 3.09 the line would print 3.09 / 5 x 100 = 61.90, which is 61.80.
        CooperativeFacts base = AwardMother.healthy("1");
        CooperativeFacts facts = new CooperativeFacts(base.cooperativeId(), "1", "K", "JASA", base.foundedOn(), null, java.util.List.of(
                AwardMother.report(2025, java.time.LocalDate.of(2026, 3, 1), 10, 20_000L, 619)), LoanRecord.NONE);
        ScoringSheet sheet = new ScoringSheet(java.util.List.of(AwardMother.computed("K1", Aspect.KEUANGAN, IndicatorKind.RETURN_ON_ASSETS, "5", "1")));
        String explanation = Scoring.score(sheet, i -> ComputedIndicators.measure(i.kind(), facts, 2025, java.time.LocalDate.of(2026, 8, 1)),
                i -> java.util.List.of(), java.util.Set.of()).indicators().get(0).explanation();
        assertThat(explanation).isEqualTo("Surplus (SHU) 619 of assets 20000 in 2025 = 3.095%. Achievement 3.095 / target 5 x 100 = 61.90%:"
                + " band 60-<80% -> 50.");
    }
}
