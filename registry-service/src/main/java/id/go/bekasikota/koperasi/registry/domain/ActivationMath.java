package id.go.bekasikota.koperasi.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the activation target (DESIGN.md 3.1), in exact decimals. */
public final class ActivationMath {

    private ActivationMath() {
    }

    /**
     * active / registered-not-dissolved, 4 decimals half-up, but never rounded across the target: a
     * ratio below it (a gap left) that half-up would show at or above it is cut to its 4 decimals
     * instead (661 of 1,017 is 0.64995...: 0.6499, not 0.6500, while one more cooperative is needed),
     * and a ratio at or above it is never shown below it. So {@code ratio >= target} always says what
     * {@code gap == 0} says. 0 when nothing is registered.
     */
    public static BigDecimal ratio(BigDecimal target, long active, long registered) {
        if (registered == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        BigDecimal exact = BigDecimal.valueOf(active);
        BigDecimal of = BigDecimal.valueOf(registered);
        BigDecimal rounded = exact.divide(of, 4, RoundingMode.HALF_UP);
        boolean reached = gap(target, active, registered) == 0;
        if (!reached && rounded.compareTo(target) >= 0) {
            return exact.divide(of, 4, RoundingMode.FLOOR);
        }
        if (reached && rounded.compareTo(target) < 0) {
            return exact.divide(of, 4, RoundingMode.CEILING);
        }
        return rounded;
    }

    /** How many more cooperatives must be active: max(0, ceil(target x registered) - active). */
    public static long gap(BigDecimal target, long active, long registered) {
        long needed = target.multiply(BigDecimal.valueOf(registered)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, needed - active);
    }
}
