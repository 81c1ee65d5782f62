package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exact quotient behind every score: its sign, its sums and its one rounding, each worked out by hand. */
class FractionTest {

    private static Fraction of(long numerator, long denominator) {
        return Fraction.of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    @Test
    void aZeroDenominatorIsRefused() {
        assertThatThrownBy(() -> of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theSignIsCarriedByTheNumerator() {
        Fraction minusHalf = of(1, -2);
        assertThat(minusHalf.numerator()).isEqualByComparingTo("-1");
        assertThat(minusHalf.denominator()).isEqualByComparingTo("2");
        assertThat(minusHalf.compareTo(of(-1, 2))).isZero();
        assertThat(minusHalf.atLeast(new BigDecimal("-0.5"))).isTrue();
        assertThat(minusHalf.atLeast(BigDecimal.ZERO)).isFalse();
        assertThat(minusHalf.rounded(2)).isEqualByComparingTo("-0.50");
    }

    @Test
    void sumsAreExactWhateverTheDenominators() {
        // 1/3 + 1/6 = 1/2; 1/4 + 1/4 = 1/2; 2/3 + (-1/3) = 1/3
        assertThat(of(1, 3).plus(of(1, 6)).compareTo(of(1, 2))).isZero();
        assertThat(of(1, 4).plus(of(1, 4)).compareTo(of(1, 2))).isZero();
        assertThat(of(2, 3).plus(of(-1, 3)).rounded(4)).isEqualByComparingTo("0.3333");
        assertThat(Fraction.ZERO.plus(of(7, 8)).rounded(3)).isEqualByComparingTo("0.875");
    }

    @Test
    void roundedOnceHalfUpTruncatedTowardZero() {
        // 2/3 = 0.666...: 0.67 rounded, 0.66 truncated; -2/3 truncates toward zero to -0.66.
        assertThat(of(2, 3).rounded(2)).isEqualByComparingTo("0.67");
        assertThat(of(2, 3).truncated(2)).isEqualByComparingTo("0.66");
        assertThat(of(-2, 3).truncated(2)).isEqualByComparingTo("-0.66");
        // 1/8 = 0.125: the exact half goes up.
        assertThat(of(1, 8).rounded(2)).isEqualByComparingTo("0.13");
        // 1/3 x 3 / 2 = 1/2
        assertThat(of(1, 3).times(BigDecimal.valueOf(3)).dividedBy(BigDecimal.valueOf(2)).rounded(1)).isEqualByComparingTo("0.5");
    }
}
