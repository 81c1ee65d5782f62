package id.go.bekasikota.koperasi.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Figures for a report: how long things took, before a fault and through it. */
final class Latencies {

    /** Something that started {@code at} and took {@code latency}. */
    record Sample(Instant at, Duration latency) {

        Instant end() {
            return at.plus(latency);
        }
    }

    private Latencies() {
    }

    /** The samples that ended before {@code instant}. */
    static String before(List<Sample> samples, Instant instant) {
        return summary(samples, s -> s.end().isBefore(instant));
    }

    /** The samples under way at some time in [from, to]: started before its end, ended after its start. */
    static String through(List<Sample> samples, Instant from, Instant to) {
        return summary(samples, s -> !s.at().isAfter(to) && !s.end().isBefore(from));
    }

    /** Count, median, 99th percentile and maximum. */
    private static String summary(List<Sample> samples, Predicate<Sample> selected) {
        List<Long> millis = samples.stream().filter(selected).map(s -> s.latency().toMillis()).sorted().toList();
        if (millis.isEmpty()) {
            return "none";
        }
        return "n=%d p50 %d ms, p99 %d ms, max %d ms".formatted(millis.size(), percentile(millis, 50), percentile(millis, 99),
                millis.get(millis.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
