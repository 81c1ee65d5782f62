package id.go.bekasikota.koperasi.registry.support;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The activation ratio and gap of DESIGN.md 3.1 written out again in whole numbers, for tests to
 * hold the dashboard against: not the production {@code ActivationMath}.
 */
public final class ActivationOracle {

    private ActivationOracle() {
    }

    /**
     * active / registered to 4 decimals, half-up: 10,000 x active divided by registered, one more
     * when the remainder is at least half the divisor, except where that one more would reach 6,500
     * (65%) while 100 x active is still under 65 x registered (a ratio under the target is never
     * shown at it); 0.0000 when nothing is registered.
     */
    public static BigDecimal ratio(long active, long registered) {
        if (registered == 0) {
            return new BigDecimal("0.0000");
        }
        BigInteger[] quotient = BigInteger.valueOf(active).multiply(BigInteger.valueOf(10_000)).divideAndRemainder(BigInteger.valueOf(registered));
        boolean halfOrMore = quotient[1].shiftLeft(1).compareTo(BigInteger.valueOf(registered)) >= 0;
        boolean underTarget = 100 * active < 65 * registered;
        boolean wouldReachTarget = quotient[0].add(BigInteger.ONE).compareTo(BigInteger.valueOf(6_500)) >= 0;
        return new BigDecimal(halfOrMore && !(underTarget && wouldReachTarget) ? quotient[0].add(BigInteger.ONE) : quotient[0], 4);
    }

    /** max(0, ceil(65% x registered) - active), the ceiling written out: (65 x registered + 99) / 100 in whole numbers. */
    public static long gap(long active, long registered) {
        long needed = (65 * registered + 99) / 100;
        return Math.max(0, needed - active);
    }
}
