package id.go.bekasikota.koperasi.platform.outbox;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Lets the relay's work (a drain, a purge) start until the service stops; on stop, closes for
 * good and waits for the work in progress, so that none of it runs into a closed
 * EntityManagerFactory or connection pool.
 *
 * <p>A batch still waiting for Kafka's acknowledgement when the grace ends is abandoned: its
 * transaction rolls back, its rows stay unpublished and are published again after the restart.
 * Nothing is marked published that Kafka did not acknowledge.
 */
final class RelayGate {

    /** Work holds the read lock; stopping takes the write lock and keeps it. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final CompletableFuture<Void> abandoned = new CompletableFuture<>();
    private volatile boolean stopping;

    /** Enters for one piece of work; false once the service is stopping. Call {@link #exit()} after. */
    boolean enter() {
        if (stopping || !lock.readLock().tryLock()) {
            return false;
        }
        if (stopping) {
            lock.readLock().unlock();
            return false;
        }
        return true;
    }

    void exit() {
        lock.readLock().unlock();
    }

    /** True once the service is stopping: work in progress ends after its current step. */
    boolean stopping() {
        return stopping;
    }

    /**
     * Waits for Kafka to acknowledge a batch. Throws unless every record was acknowledged: when
     * the broker failed or timed out, or when the service stopped and the grace ended first.
     */
    void awaitAcknowledgements(CompletableFuture<Void> acks, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        // The abandon only ever completes exceptionally: a normal return is the acknowledgements'.
        CompletableFuture.anyOf(acks, abandoned).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Closes the gate and waits for the work in progress: {@code grace} for it to finish, then
     * abandons a wait for acknowledgements and gives the rollback {@code rollback} more.
     *
     * @return true when no work is left running
     */
    boolean stop(Duration grace, Duration rollback) {
        stopping = true;
        try {
            if (lock.writeLock().tryLock(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            abandoned.completeExceptionally(new CancellationException("The service is stopping"));
            return lock.writeLock().tryLock(rollback.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
