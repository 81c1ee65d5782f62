package id.go.bekasikota.koperasi.gateway.proxy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The gateway's circuit breaker for one service. Unlike a breaker that only knows success and
 * failure, every call here ends in one of three ways:
 * <ul>
 *   <li>{@link #succeeded} - the service answered (a 4xx is an answer too);</li>
 *   <li>{@link #failed} - the service itself failed: it refused the connection, did not accept one in
 *       time, answered 500, 502 or 504, broke off its answer, or stayed silent past the timeout while
 *       the caller was still waiting (see {@code ServiceProxy} for the classification);</li>
 *   <li>{@link #released} - no verdict about the service: the caller hung up, stalled its own body, or
 *       the gateway itself was too busy to call the service.</li>
 * </ul>
 * {@code failures} failures in a row, each within {@code window} of the previous one, open the
 * circuit: for {@code reset} every call is refused at once; then one trial call is let through, and
 * its success closes the circuit, its failure opens it again. A released trial lets the next call try.
 * Thread-safe; time comes from the given nanosecond clock (tests pass their own).
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** Why the circuit last opened, and when. */
    public record Opening(Instant at, String cause) {
    }

    private final int failures;
    private final long windowNanos;
    private final long resetNanos;
    private final LongSupplier nanos;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long lastFailureAt;
    private long openedAt;
    private boolean trialInProgress;
    private Opening lastOpening;

    public CircuitBreaker(int failures, Duration window, Duration reset, LongSupplier nanos) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be 1 or more");
        }
        this.failures = failures;
        this.windowNanos = window.toNanos();
        this.resetNanos = reset.toNanos();
        this.nanos = nanos;
    }

    public CircuitBreaker(int failures, Duration window, Duration reset) {
        this(failures, window, reset, System::nanoTime);
    }

    /** Whether a call may go to the service now; every permitted call must end in exactly one verdict. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && nanos.getAsLong() - openedAt >= resetNanos) {
            state = State.HALF_OPEN;
            trialInProgress = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInProgress) {
                    yield false;
                }
                trialInProgress = true;
                yield true;
            }
        };
    }

    public synchronized void succeeded() {
        consecutiveFailures = 0;
        if (state == State.HALF_OPEN) {
            state = State.CLOSED;
            trialInProgress = false;
        }
    }

    public synchronized void failed(String cause) {
        long now = nanos.getAsLong();
        if (state == State.HALF_OPEN) {
            open(now, cause);
            return;
        }
        if (state == State.OPEN) {
            return; // a call that started before the circuit opened
        }
        consecutiveFailures = consecutiveFailures > 0 && now - lastFailureAt <= windowNanos ? consecutiveFailures + 1 : 1;
        lastFailureAt = now;
        if (consecutiveFailures >= failures) {
            open(now, cause);
        }
    }

    /** No verdict: the service's record stays as it was; a trial call frees its place for the next one. */
    public synchronized void released() {
        if (state == State.HALF_OPEN) {
            trialInProgress = false;
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && nanos.getAsLong() - openedAt >= resetNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    public synchronized Optional<Opening> lastOpening() {
        return Optional.ofNullable(lastOpening);
    }

    /** How long an open circuit still refuses calls (at least one second, for {@code Retry-After}). */
    public synchronized Duration retryAfter() {
        long left = state == State.OPEN ? resetNanos - (nanos.getAsLong() - openedAt) : 0;
        return Duration.ofNanos(Math.max(left, Duration.ofSeconds(1).toNanos()));
    }

    private void open(long now, String cause) {
        state = State.OPEN;
        openedAt = now;
        consecutiveFailures = 0;
        trialInProgress = false;
        lastOpening = new Opening(Instant.now(), cause);
    }
}
