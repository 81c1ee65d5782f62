package id.go.bekasikota.koperasi.bench;

import java.util.Locale;

/**
 * A limit from issue 8 for one figure of the table: the figure passes when it is at or below the
 * limit ({@link Metric#AT_LEAST}: at or above). {@link #NONE} for figures reported as context only.
 *
 * @param metric what is compared (p95, p99, a plain value or a ratio)
 * @param limit  the largest value that passes
 * @param unit   shown after the limit ("ms", "MB", "s", "x")
 */
public record Target(Metric metric, double limit, String unit) {

    public enum Metric { P95, P99, VALUE, AT_LEAST }

    public static final Target NONE = new Target(Metric.VALUE, Double.NaN, "");

    public static Target p95(double millis) {
        return new Target(Metric.P95, millis, "ms");
    }

    public static Target p99(double millis) {
        return new Target(Metric.P99, millis, "ms");
    }

    public static Target atMost(double limit, String unit) {
        return new Target(Metric.VALUE, limit, unit);
    }

    public static Target atLeast(double limit, String unit) {
        return new Target(Metric.AT_LEAST, limit, unit);
    }

    public boolean present() {
        return !Double.isNaN(limit);
    }

    public boolean passes(double value) {
        return present() && !Double.isNaN(value) && (metric == Metric.AT_LEAST ? value >= limit : value <= limit);
    }

    public String describe() {
        if (!present()) {
            return "-";
        }
        String value = limit == Math.rint(limit) ? String.valueOf((long) limit) : String.format(Locale.ROOT, "%.2f", limit);
        return switch (metric) {
            case P95 -> "p95 <= " + value + " " + unit;
            case P99 -> "p99 <= " + value + " " + unit;
            case VALUE -> "<= " + value + ("x".equals(unit) ? "" : " ") + unit;
            case AT_LEAST -> ">= " + value + ("x".equals(unit) ? "" : " ") + unit;
        };
    }
}
