package id.go.bekasikota.koperasi.registry.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Growth from one financial year to the next as an exact ratio: a figure's sum in the year over
 * its sum in the year before, both over the same cooperatives (those with a report for both years),
 * so that cooperatives starting or stopping to report do not pass for growth.
 *
 * @param numerator   the sum in the year
 * @param denominator the sum in the year before
 */
public record GrowthRatio(BigInteger numerator, BigInteger denominator) {

    /** Decimals of {@link #ratio()}. */
    public static final int SCALE = 4;

    public GrowthRatio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /**
     * numerator / denominator, rounded once half-up to {@value #SCALE} decimals (1.0832 is 8.32%
     * growth); none when the year before sums to zero or less (a ratio to a loss says nothing).
     */
    public BigDecimal ratio() {
        if (denominator.signum() <= 0) {
            return null;
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
