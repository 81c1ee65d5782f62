package id.go.bekasikota.koperasi.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the activation target (DESIGN.md 3.1), in exact decimals. */
public final class ActivationMath {

    private ActivationMath() {
    }

    /** active / registered-not-dissolved, 4 decimals half-up; 0 when nothing is registered. */
    public static BigDecimal ratio(long active, long registered) {
        if (registered == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(active).divide(BigDecimal.valueOf(registered), 4, RoundingMode.HALF_UP);
    }

    /** How many more cooperatives must be active: max(0, ceil(target x registered) - active). */
    public static long gap(BigDecimal target, long active, long registered) {
        long needed = target.multiply(BigDecimal.valueOf(registered)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, needed - active);
    }
}
