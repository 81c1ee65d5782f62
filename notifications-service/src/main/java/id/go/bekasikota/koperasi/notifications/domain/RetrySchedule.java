package id.go.bekasikota.koperasi.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential back-off with jitter, until its budget is
 * spent. The n-th retry waits {@code first x factor^(n-1)}, at most {@code max}, moved by up to
 * {@code jitter} (a fraction) either way so that many failed deliveries do not return together.
 * A retry that would fall after the delivery's give-up time is made at that time instead, as the
 * last one; a failure at or after it makes the delivery dead.
 *
 * <p>A receiver that answers 429 or 503 with {@code Retry-After} is not tried again before it asked, up to
 * {@code max} ({@link #next(int, Instant, Instant, double, Duration)}).
 *
 * <p>The defaults (first 5 s, factor 4, max 12 h, budget 72 h) give retries about 5 s, 25 s,
 * 1.75 min, 7 min, 28 min, 2 h, 7.6 h, 19.6 h, 31.6 h, 43.6 h, 55.6 h, 67.6 h and 72 h after the
 * first attempt: 14 attempts over 3 days.
 */
public record RetrySchedule(Duration first, double factor, Duration max, double jitter, Duration budget) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || factor < 1 || max.compareTo(first) < 0 || jitter < 0 || jitter >= 1
                || budget.isNegative()) {
            throw new IllegalArgumentException("not a retry schedule: " + first + " x" + factor + " max " + max + " jitter " + jitter);
        }
    }

    /** The give-up time of a delivery (re)started at {@code start}. */
    public Instant giveUpAfter(Instant start) {
        return start.plus(budget);
    }

    /** The wait before retry {@code retry} (1 for the first retry) without jitter. */
    public Duration delay(int retry) {
        double millis = first.toMillis() * Math.pow(factor, Math.max(0, retry - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }

    /**
     * @param failedAttempts attempts made so far, all failed (at least 1)
     * @param now            when the last one failed
     * @param random         uniform in [0, 1): the jitter's draw
     * @return when to try again; empty when the delivery is dead
     */
    public Optional<Instant> next(int failedAttempts, Instant now, Instant giveUpAfter, double random) {
        if (!now.isBefore(giveUpAfter)) {
            return Optional.empty();
        }
        long base = delay(failedAttempts).toMillis();
        long jittered = Math.round(base * (1 - jitter + 2 * jitter * random));
        Instant next = now.plusMillis(Math.max(1, jittered));
        return Optional.of(next.isAfter(giveUpAfter) ? giveUpAfter : next);
    }

    /**
     * As {@link #next(int, Instant, Instant, double)}, and not before the receiver asked: a 429 or 503 answer's
     * {@code Retry-After} ({@link RetryAfter}) moves the retry to {@code now + retryAfter} when that is later than
     * the schedule's. The wait asked for counts at most {@code max} (12 h by default), so that a receiver cannot park
     * a delivery for days; the retry is still never after {@code giveUpAfter} (then it is made at that time, as the
     * last one), and a failure at or after it still makes the delivery dead.
     *
     * @param retryAfter the wait the receiver asked for; null (or not positive) when it asked for none
     */
    public Optional<Instant> next(int failedAttempts, Instant now, Instant giveUpAfter, double random, Duration retryAfter) {
        Optional<Instant> scheduled = next(failedAttempts, now, giveUpAfter, random);
        if (scheduled.isEmpty() || retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
            return scheduled;
        }
        Instant asked = now.plus(retryAfter.compareTo(max) > 0 ? max : retryAfter);
        if (!asked.isAfter(scheduled.get())) {
            return scheduled;
        }
        return Optional.of(asked.isAfter(giveUpAfter) ? giveUpAfter : asked);
    }
}
