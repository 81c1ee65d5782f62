package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact quotient, so that band boundaries and juror means are compared without any
 * intermediate rounding: a growth of 79.9999...% is below 80%, a mean of 100/3 stays 100/3 until
 * the total is rounded once, half-up, to two decimals.
 *
 * @param numerator   any sign
 * @param denominator positive
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = whole(BigDecimal.ZERO);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    public static Fraction whole(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    public static Fraction whole(long value) {
        return whole(BigDecimal.valueOf(value));
    }

    public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    public Fraction plus(Fraction other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction times(BigDecimal factor) {
        return new Fraction(numerator.multiply(factor), denominator);
    }

    public Fraction dividedBy(BigDecimal divisor) {
        return new Fraction(numerator, denominator.multiply(divisor));
    }

    /** Rounded once, half-up, to {@code scale} decimals. */
    public BigDecimal rounded(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** Truncated toward zero to {@code scale} decimals: never past the exact value, away from zero. */
    public BigDecimal truncated(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.DOWN);
    }

    /**
     * The exact decimal value when it has at most {@code maxScale} decimals (2/5 is 0.4, 619/200 is 3.095); empty when it
     * has more or never ends (1/3).
     */
    public java.util.Optional<BigDecimal> exactDecimal(int maxScale) {
        BigDecimal truncated = truncated(maxScale);
        return truncated.multiply(denominator).compareTo(numerator) == 0
                ? java.util.Optional.of(truncated.stripTrailingZeros())
                : java.util.Optional.empty();
    }

    /** True when this is at least {@code value}, exactly. */
    public boolean atLeast(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator)) >= 0;
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
