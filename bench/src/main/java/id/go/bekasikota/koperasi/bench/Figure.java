package id.go.bekasikota.koperasi.bench;

/**
 * A single figure of the run that is not a latency distribution: a ratio, a start-up time, a
 * resident set size, a load rate.
 *
 * @param value  NaN when it could not be measured (the note says why)
 * @param unit   "ms", "MB", "s", "x" (a ratio), "events/s", ...
 */
public record Figure(String name, double value, String unit, Target target, String note) {

    public static Figure of(String name, double value, String unit, Target target) {
        return new Figure(name, value, unit, target, "");
    }

    public static Figure info(String name, double value, String unit, String note) {
        return new Figure(name, value, unit, Target.NONE, note);
    }

    public String verdict() {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (!target.present()) {
            return "-";
        }
        return target.passes(value) ? "PASS" : "FAIL";
    }
}
