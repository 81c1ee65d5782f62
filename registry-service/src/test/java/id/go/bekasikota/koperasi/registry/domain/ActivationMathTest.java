package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The activation ratio and the gap to the target, exactly as DESIGN.md 3.1 defines them. */
class ActivationMathTest {

    private static final BigDecimal TARGET = new BigDecimal("0.65");

    @Test
    void ratioHasFourDecimalsRoundedHalfUp() {
        assertThat(ActivationMath.ratio(617, 950)).isEqualByComparingTo("0.6495");
        assertThat(ActivationMath.ratio(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(ActivationMath.ratio(1, 8)).isEqualByComparingTo("0.1250");
        assertThat(ActivationMath.ratio(1, 16)).isEqualByComparingTo("0.0625");
        assertThat(ActivationMath.ratio(1, 32)).isEqualTo(new BigDecimal("0.0313"));
        assertThat(ActivationMath.ratio(3, 3)).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void ratioOfAnEmptyRegisterIsZero() {
        assertThat(ActivationMath.ratio(0, 0)).isEqualTo(new BigDecimal("0.0000"));
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
