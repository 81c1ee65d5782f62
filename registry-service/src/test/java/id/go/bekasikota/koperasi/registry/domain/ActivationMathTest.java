package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The activation ratio and the gap to the target, exactly as DESIGN.md 3.1 defines them. */
class ActivationMathTest {

    private static final BigDecimal TARGET = new BigDecimal("0.65");

    @Test
    void ratioHasFourDecimalsRoundedHalfUp() {
        assertThat(ActivationMath.ratio(TARGET, 617, 950)).isEqualByComparingTo("0.6495");
        assertThat(ActivationMath.ratio(TARGET, 2, 3)).isEqualByComparingTo("0.6667");
        assertThat(ActivationMath.ratio(TARGET, 1, 8)).isEqualByComparingTo("0.1250");
        assertThat(ActivationMath.ratio(TARGET, 1, 16)).isEqualByComparingTo("0.0625");
        assertThat(ActivationMath.ratio(TARGET, 1, 32)).isEqualTo(new BigDecimal("0.0313"));
        assertThat(ActivationMath.ratio(TARGET, 3, 3)).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void ratioUnderTheTargetIsNeverShownAtIt() {
        // 661 / 1,017 = 0.649950..., half-up 0.6500; but ceil(0.65 x 1,017) = ceil(661.05) = 662: one short.
        assertThat(ActivationMath.gap(TARGET, 661, 1017)).isEqualTo(1);
        assertThat(ActivationMath.ratio(TARGET, 661, 1017)).isEqualTo(new BigDecimal("0.6499"));
        // 662 / 1,017 = 0.650934...: reached, half-up as usual.
        assertThat(ActivationMath.ratio(TARGET, 662, 1017)).isEqualTo(new BigDecimal("0.6509"));
        // Away from the target the half-up stays: 1,300 / 2,001 = 0.649675... -> 0.6497.
        assertThat(ActivationMath.ratio(TARGET, 1300, 2001)).isEqualTo(new BigDecimal("0.6497"));
    }

    @Test
    void ratioAtATargetOfMoreDecimalsIsNeverShownUnderIt() {
        // Target 0.65005: 13,001 / 20,000 = 0.65005 exactly reaches it; half-up to 4 decimals would say 0.6501 anyway,
        // but 65,003 / 100,000 = 0.65003 is under it (half-up 0.6500 < 0.65005, as it should be).
        BigDecimal target = new BigDecimal("0.65005");
        assertThat(ActivationMath.ratio(target, 13_001, 20_000)).isEqualTo(new BigDecimal("0.6501"));
        assertThat(ActivationMath.ratio(target, 65_003, 100_000)).isEqualTo(new BigDecimal("0.6500"));
        // Target 0.64996: 64,996 / 100,000 reaches it exactly; half-up 0.6500 is at or above it: kept.
        assertThat(ActivationMath.ratio(new BigDecimal("0.64996"), 64_996, 100_000)).isEqualTo(new BigDecimal("0.6500"));
        // Target 0.64994: 64,994 / 100,000 reaches it; half-up 0.6499 would be under it: 0.6500.
        assertThat(ActivationMath.ratio(new BigDecimal("0.64994"), 64_994, 100_000)).isEqualTo(new BigDecimal("0.6500"));
    }

    @Test
    void ratioOfAnEmptyRegisterIsZero() {
        assertThat(ActivationMath.ratio(TARGET, 0, 0)).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void gapRoundsTheNeededCountUp() {
        // 0.65 x 950 = 617.5 -> 618 needed.
        assertThat(ActivationMath.gap(TARGET, 617, 950)).isEqualTo(1);
        // 0.65 x 1000 = 650 exactly: no rounding up beyond it.
        assertThat(ActivationMath.gap(TARGET, 600, 1000)).isEqualTo(50);
        assertThat(ActivationMath.gap(TARGET, 650, 1000)).isZero();
        // 0.65 x 1 = 0.65 -> 1 needed.
        assertThat(ActivationMath.gap(TARGET, 0, 1)).isEqualTo(1);
    }

    @Test
    void gapIsNeverNegative() {
        assertThat(ActivationMath.gap(TARGET, 900, 950)).isZero();
        assertThat(ActivationMath.gap(TARGET, 0, 0)).isZero();
    }

    @Test
    void anotherTargetIsRespected() {
        assertThat(ActivationMath.gap(new BigDecimal("0.7"), 617, 950)).isEqualTo(48);
    }
}
