package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class GrowthRatioTest {

    @Test
    void theRatioIsRoundedOnceHalfUpToFourDecimals() {
        // 108,325 / 100,000 = 1.08325 -> 1.0833 (half up); 2 / 3 = 0.66666... -> 0.6667.
        assertThat(ratio(108_325, 100_000)).isEqualTo(new BigDecimal("1.0833"));
        assertThat(ratio(2, 3)).isEqualTo(new BigDecimal("0.6667"));
        assertThat(ratio(-50, 200)).isEqualTo(new BigDecimal("-0.2500"));
    }

    @Test
    void noRatioToNothingOrToALoss() {
        assertThat(ratio(5, 0)).isNull();
        assertThat(ratio(5, -5)).isNull();
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return new GrowthRatio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)).ratio();
    }
}
