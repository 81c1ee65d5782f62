package id.go.bekasikota.koperasi.bench;

import org.HdrHistogram.Histogram;

/**
 * One constant-rate run: what was asked (rate), what was served (achieved: successful answers
 * per second over the run), the latency percentiles of the successful answers in milliseconds
 * (from the intended send time), and the count of errors (wrong status, refused connection,
 * timeout).
 */
public record LatencyResult(String operation, double rate, double achieved, long successes, long errors,
                            double p50, double p95, double p99, double max, Target target, String note) {

    /** Percentiles from a histogram of microseconds. */
    public static LatencyResult of(String operation, double rate, double elapsedSeconds, Histogram micros, long errors,
                                   Target target) {
        long successes = micros.getTotalCount();
        return new LatencyResult(operation, rate, elapsedSeconds > 0 ? successes / elapsedSeconds : 0, successes, errors,
                millis(micros, 50), millis(micros, 95), millis(micros, 99),
                successes == 0 ? Double.NaN : micros.getMaxValue() / 1000.0, target, "");
    }

    /** A row for an operation that could not be measured, with the reason. */
    public static LatencyResult notAvailable(String operation, String reason) {
        return new LatencyResult(operation, Double.NaN, Double.NaN, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Target.NONE, reason);
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    public boolean measured() {
        return !Double.isNaN(rate);
    }

    /** PASS, FAIL, or "-" when there is no target; a run with errors fails its target. */
    public String verdict() {
        if (!measured()) {
            return "n/a";
        }
        if (!target.present()) {
            return "-";
        }
        double value = switch (target.metric()) {
            case P95 -> p95;
            case P99 -> p99;
            case VALUE, AT_LEAST -> Double.NaN;
        };
        return target.passes(value) && errors == 0 ? "PASS" : "FAIL";
    }

    public LatencyResult withNote(String text) {
        return new LatencyResult(operation, rate, achieved, successes, errors, p50, p95, p99, max, target, text);
    }

    public LatencyResult withOperation(String name) {
        return new LatencyResult(name, rate, achieved, successes, errors, p50, p95, p99, max, target, note);
    }
}
