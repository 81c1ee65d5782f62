package id.go.bekasikota.koperasi.bench;

import java.time.Duration;

/**
 * When each request of a constant-rate run is due: request {@code i} at {@code i / rate} seconds
 * after the start, whether or not earlier answers have come back (an open model, as wrk2). A
 * request's latency is counted from this intended time, not from when it could be sent, so a
 * stalled server is charged for the requests it held up (no coordinated omission).
 */
public record Schedule(double ratePerSecond, Duration duration) {

    public Schedule {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be above 0: " + ratePerSecond);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be above 0: " + duration);
        }
    }

    /** How many requests the run sends: at least one. */
    public long count() {
        return Math.max(1, (long) Math.floor(ratePerSecond * duration.toNanos() / 1e9));
    }

    /** Nanoseconds from the start at which request {@code i} (from 0) is due. */
    public long offsetNanos(long i) {
        return Math.round(i * 1e9 / ratePerSecond);
    }
}
