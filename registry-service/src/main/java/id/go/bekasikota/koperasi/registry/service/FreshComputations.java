package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Long computations from the register, one value per key, each never older than the register's
 * revision its request saw, and as few of them as that allows: one at a time whatever the key (each
 * holds the figures of the whole register while it runs), and per key at most one waiting for its
 * turn however many requests arrive.
 *
 * <p>A request reads the revision, then takes the value of a computation of its key that is waiting
 * for its turn (that one reads the revision when its turn comes, after the request read it), or of
 * one that has started from a revision at least as new; otherwise it queues a computation of its own.
 * While writes move the revision, each request used to queue its own: at a national register (a
 * computation takes more than ten seconds) 23 requests for the economic indicators, each after a
 * registration, queued 23 computations, which ran one after the other for four minutes after the
 * gateway had answered their callers.
 *
 * <p>A computation gets the value it replaces (that of the same key from an older revision), which it
 * may bring up to date rather than compute again: the worklist takes in the writes since.
 *
 * <p>A failed computation is not kept: its requests get its failure, the next request computes again.
 *
 * <p>A request that sees no revision a reader sees (its own transaction has written rows: a test
 * that loads a register in a transaction it rolls back) computes for itself alone, from what that
 * transaction sees, without waiting for a turn, and keeps nothing.
 *
 * @param <K> what a value is computed for
 * @param <V> the value
 */
final class FreshComputations<K, V> {

    /** One computation: waiting for its turn until {@link #start}, then with the revision it read. */
    private static final class Computation<V> {
        private final CompletableFuture<V> value = new CompletableFuture<>();
        private boolean started;
        private long revision;
        /** The computation of the key it replaced, until its turn comes. */
        private Computation<V> replaced;

        /** Whether a request that saw {@code seen} may take this computation's value. */
        synchronized boolean serves(long seen) {
            return !started || revision >= seen;
        }

        /** Called when its turn has come, before the revision is read: later requests no longer join it blindly. */
        synchronized void start() {
            started = true;
            revision = Long.MIN_VALUE;
        }

        synchronized void read(long revision) {
            this.revision = revision;
        }

        /**
         * The value of the computation this one replaced, if that one succeeded (it has ended once
         * this one's turn has come: one computation runs at a time), else null; forgets it.
         */
        synchronized V takeReplaced() {
            Computation<V> earlier = replaced;
            replaced = null;
            return earlier != null && earlier.value.isDone() && !earlier.value.isCompletedExceptionally() ? earlier.value.join() : null;
        }
    }

    private final Supplier<OptionalLong> revision;
    private final BiFunction<K, V, V> computation;
    private final Function<K, V> alone;
    private final int kept;
    private final Map<K, Computation<V>> computations = new ConcurrentHashMap<>();
    private final ReentrantLock turn = new ReentrantLock(true);

    /**
     * @param revision    the register's revision a reader sees now
     * @param computation computes the value of a key from the register as it is when called
     * @param kept        keys whose last value is kept; beyond, only the key just computed stays
     */
    FreshComputations(LongSupplier revision, Function<K, V> computation, int kept) {
        this(() -> OptionalLong.of(revision.getAsLong()), computation, computation, kept);
    }

    /**
     * @param revision    the register's revision as the request sees it, empty if that is not one a reader sees
     * @param computation computes the value of a key for everyone asking, from the register as it is when called
     * @param alone       computes it for a request that sees no revision a reader sees, from what that request sees
     * @param kept        keys whose last value is kept; beyond, only the key just computed stays
     */
    FreshComputations(Supplier<OptionalLong> revision, Function<K, V> computation, Function<K, V> alone, int kept) {
        this(revision, (key, earlier) -> computation.apply(key), alone, kept);
    }

    /**
     * @param revision    the register's revision as the request sees it, empty if that is not one a reader sees
     * @param computation computes the value of a key for everyone asking, from the register as it is when called
     *                    and the key's last value (null if none is kept): it may bring that value up to date
     * @param alone       computes it for a request that sees no revision a reader sees, from what that request sees
     * @param kept        keys whose last value is kept; beyond, only the key just computed stays
     */
    FreshComputations(Supplier<OptionalLong> revision, BiFunction<K, V, V> computation, Function<K, V> alone, int kept) {
        this.revision = revision;
        this.computation = computation;
        this.alone = alone;
        this.kept = kept;
    }

    /**
     * Computations from the register's database, none in the caller's transaction: the revision is
     * read in a short transaction of its own when the caller has none (a transaction that has written
     * nothing: always a revision a reader sees), and each computation runs in another once its turn has
     * come, so that a request waiting for someone else's computation, or for its turn, holds no database
     * connection. A caller whose transaction has written rows gets a value computed in that transaction,
     * from what it sees.
     *
     * @param computation     computes the value of a key; called in a transaction
     * @param timeoutSeconds the transaction timeout of a computation for everyone
     */
    static <K, V> FreshComputations<K, V> ofRegister(RegisterRevision revision, Function<K, V> computation, int kept,
                                                     int timeoutSeconds) {
        return new FreshComputations<>(() -> QuarkusTransaction.isActive() ? revision.seenByAReader()
                : QuarkusTransaction.requiringNew().call(revision::seenByAReader),
                key -> QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> computation.apply(key)),
                computation, kept);
    }

    /**
     * As {@link #ofRegister(RegisterRevision, Function, int, int)}, with values brought up to date
     * rather than computed again: {@code update} gets the key's last value (null if none is kept)
     * and runs, for everyone, in a transaction that reads one snapshot of the register
     * ({@link RegisterRevision#readOneSnapshot}); {@code alone} serves a caller whose transaction
     * has written rows.
     */
    static <K, V> FreshComputations<K, V> ofRegister(RegisterRevision revision, BiFunction<K, V, V> update, Function<K, V> alone,
                                                     int kept, int timeoutSeconds) {
        return new FreshComputations<>(() -> QuarkusTransaction.isActive() ? revision.seenByAReader()
                : QuarkusTransaction.requiringNew().call(revision::seenByAReader),
                (key, earlier) -> QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
                    revision.readOneSnapshot();
                    return update.apply(key, earlier);
                }),
                alone, kept);
    }

    /** The value of the key, computed from a revision at least as new as the one a reader sees now. */
    V get(K key) {
        OptionalLong request = revision.get();
        if (request.isEmpty()) {
            return alone.apply(key);
        }
        long seen = request.getAsLong();
        Computation<V> mine = new Computation<>();
        Computation<V> taken = computations.compute(key, (k, old) -> {
            if (old != null && old.serves(seen)) {
                return old;
            }
            mine.replaced = old;
            return mine;
        });
        if (taken != mine) {
            return await(taken);
        }
        turn.lock();
        try {
            mine.start();
            mine.read(revision.get().orElse(seen));
            mine.value.complete(computation.apply(key, mine.takeReplaced()));
        } catch (RuntimeException | Error e) {
            computations.remove(key, mine);
            mine.value.completeExceptionally(e);
        } finally {
            turn.unlock();
        }
        if (computations.size() > kept) {
            computations.keySet().removeIf(k -> !k.equals(key));
        }
        return await(mine);
    }

    private static <V> V await(Computation<V> computation) {
        try {
            return computation.value.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a computation from the register", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
