package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;

/**
 * How numbers are shown (breakdowns, explanations, the ranking): two decimals. A value that is
 * compared with a band edge (a computed indicator's actual value, its achievement percent) is
 * truncated toward zero, so it never shows on the other side of an edge than the band it scored:
 * 79.9999998% shows as 79.99% beside band 50, never as 80.00%. Values derived after banding (a
 * juror mean, weight x score, an aspect subtotal) are rounded half-up like the total, which
 * DESIGN.md 3.1 fixes at two decimals, half-up. Nothing shown feeds a computation: the rules work
 * on the exact values.
 */
public final class Shown {

    public static final int SCALE = 2;
    /** The most decimals an explanation's operand is printed with exactly ({@link #operand}). */
    static final int EXACT_SCALE = 6;

    private Shown() {
    }

    /** A value compared with a band edge: two decimals, truncated toward zero; null stays null. */
    public static BigDecimal truncated(Fraction value) {
        return value == null ? null : value.truncated(SCALE);
    }

    /**
     * A value an explanation computes with: exact, with at least two decimals, when it has at most six ({@code 3.095},
     * {@code 40.00}), otherwise truncated to two with an ellipsis ({@code 33.33…}), so the arithmetic an explanation prints is the arithmetic done:
     * {@code 3.095 / target 5 x 100 = 61.90%}, never {@code 3.09 / target 5 x 100 = 61.90%}.
     */
    public static String operand(Fraction value) {
        return value.exactDecimal(EXACT_SCALE).map(exact -> exact.setScale(Math.max(SCALE, exact.scale())).toPlainString())
                .orElseGet(() -> truncated(value).toPlainString() + "\u2026");
    }

    /** A value derived after banding: two decimals, half-up; null stays null. */
    public static BigDecimal rounded(Fraction value) {
        return value == null ? null : value.rounded(SCALE);
    }
}
