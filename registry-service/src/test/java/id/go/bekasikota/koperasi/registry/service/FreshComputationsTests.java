package id.go.bekasikota.koperasi.registry.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Long computations from the register: never older than what a request saw, and as few as that allows. */
class FreshComputationsTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The register's revision; each read of it counted. */
    private final AtomicLong revision = new AtomicLong(1);
    private final AtomicInteger revisionReads = new AtomicInteger();
    /** Computations per key, and the latches that hold a key's computations until released. */
    private final Map<String, AtomicInteger> computed = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService requests = Executors.newCachedThreadPool();

    /** A computation's value: its key and the revision of the register when it ran. */
    private record Value(String key, long revision) {
    }

    private final FreshComputations<String, Value> computations = new FreshComputations<>(() -> {
        revisionReads.incrementAndGet();
        return revision.get();
    }, key -> {
        computed.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        running.incrementAndGet();
        try {
            long at = revision.get();
            CountDownLatch hold = holds.get(key);
            if (hold != null) {
                hold.await(10, TimeUnit.SECONDS);
            }
            if (key.startsWith("failing")) {
                throw new IllegalStateException("the register could not be read");
            }
            return new Value(key, at);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            running.decrementAndGet();
        }
    }, 8);

    @AfterEach
    void stop() {
        holds.values().forEach(CountDownLatch::countDown);
        requests.shutdownNow();
    }

    private int computations(String key) {
        return computed.getOrDefault(key, new AtomicInteger()).get();
    }

    @Test
    void aValueIsKeptWhileTheRevisionDoesNotMoveAndComputedAgainOnceItMoves() {
        Value first = computations.get("2026-12-02");
        assertThat(computations.get("2026-12-02")).isSameAs(first);
        assertThat(computations("2026-12-02")).isEqualTo(1);

        revision.incrementAndGet(); // a write
        Value after = computations.get("2026-12-02");
        assertThat(after.revision()).isEqualTo(2);
        assertThat(computations("2026-12-02")).isEqualTo(2);
    }

    @Test
    void requestsArrivingWhileWritesGoOnShareTheOneComputationWaitingForItsTurn() throws Exception {
        // Another date's computation holds the turn.
        holds.put("2025-12-31", new CountDownLatch(1));
        Future<Value> other = requests.submit(() -> computations.get("2025-12-31"));
        await().atMost(WAIT).until(() -> running.get() == 1);

        // Twenty requests for today, a write before each: each sees a newer revision than the one before.
        List<Future<Value>> today = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            revision.incrementAndGet();
            today.add(requests.submit(() -> computations.get("2026-12-02")));
        }
        long lastWrite = revision.get();
        // Every request has read the revision: the holder twice, each of today's once.
        await().atMost(WAIT).until(() -> revisionReads.get() == 2 + 20);

        holds.get("2025-12-31").countDown();
        assertThat(other.get(10, TimeUnit.SECONDS).revision()).isEqualTo(1);
        for (Future<Value> request : today) {
            // One computation served them all, from after the last write any of them saw.
            assertThat(request.get(10, TimeUnit.SECONDS).revision()).isEqualTo(lastWrite);
        }
        assertThat(computations("2026-12-02")).isEqualTo(1);
    }

    @Test
    void aRequestThatSawAWriteAComputationStartedBeforeQueuesTheNextOneAndLaterRequestsJoinIt() throws Exception {
        holds.put("2026-12-02", new CountDownLatch(1));
        Future<Value> first = requests.submit(() -> computations.get("2026-12-02"));
        await().atMost(WAIT).until(() -> running.get() == 1);

        revision.incrementAndGet(); // a write the running computation may not hold
        Future<Value> second = requests.submit(() -> computations.get("2026-12-02"));
        await().atMost(WAIT).until(() -> revisionReads.get() == 3);
        revision.incrementAndGet();
        Future<Value> third = requests.submit(() -> computations.get("2026-12-02"));
        await().atMost(WAIT).until(() -> revisionReads.get() == 4);
        holds.remove("2026-12-02").countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).revision()).isEqualTo(1);
        Value next = second.get(10, TimeUnit.SECONDS);
        assertThat(next.revision()).isEqualTo(3);
        assertThat(third.get(10, TimeUnit.SECONDS)).isSameAs(next);
        assertThat(computations("2026-12-02")).isEqualTo(2);
    }

    @Test
    void aFailedComputationFailsItsRequestsAndIsNotKept() throws Exception {
        holds.put("failing", new CountDownLatch(1));
        Future<Value> first = requests.submit(() -> computations.get("failing"));
        await().atMost(WAIT).until(() -> running.get() == 1);
        Future<Value> waiting = requests.submit(() -> computations.get("failing"));
        await().atMost(WAIT).until(() -> revisionReads.get() == 3);
        holds.remove("failing").countDown();

        for (Future<Value> request : List.of(first, waiting)) {
            assertThatThrownBy(() -> request.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the register could not be read");
        }
        assertThatThrownBy(() -> computations.get("failing")).hasMessage("the register could not be read");
        assertThat(computations("failing")).isEqualTo(2);
    }

    @Test
    void aRequestWhoseTransactionHasWrittenComputesForItselfAloneAndKeepsNothing() throws Exception {
        // A request inside a transaction that has written rows sees no revision a reader sees.
        ThreadLocal<Boolean> ownWrites = ThreadLocal.withInitial(() -> false);
        AtomicInteger shared = new AtomicInteger();
        AtomicInteger alone = new AtomicInteger();
        CountDownLatch hold = new CountDownLatch(1);
        FreshComputations<String, Value> withWriters = new FreshComputations<>(
                () -> ownWrites.get() ? OptionalLong.empty() : OptionalLong.of(revision.get()),
                key -> {
                    shared.incrementAndGet();
                    try {
                        hold.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return new Value(key, revision.get());
                },
                key -> new Value(key + " as its own transaction sees it", alone.incrementAndGet()), 8);

        // Another request's computation holds the turn; the writer does not wait for it.
        Future<Value> reader = requests.submit(() -> withWriters.get("2026-12-02"));
        await().atMost(WAIT).until(() -> shared.get() == 1);
        Future<Value> writer = requests.submit(() -> {
            ownWrites.set(true);
            return withWriters.get("2026-12-02");
        });
        assertThat(writer.get(10, TimeUnit.SECONDS).key()).isEqualTo("2026-12-02 as its own transaction sees it");
        hold.countDown();
        Value kept = reader.get(10, TimeUnit.SECONDS);

        // The next reader gets the shared value; the writer's own was never kept, and a second writer computes again.
        assertThat(withWriters.get("2026-12-02")).isSameAs(kept);
        Future<Value> again = requests.submit(() -> {
            ownWrites.set(true);
            return withWriters.get("2026-12-02");
        });
        assertThat(again.get(10, TimeUnit.SECONDS).revision()).isEqualTo(2);
        assertThat(shared.get()).isEqualTo(1);
    }

    @Test
    void eachComputationGetsTheValueItReplacesOnlyIfThatOneSucceeded() {
        List<String> earlier = new ArrayList<>();
        AtomicInteger failing = new AtomicInteger();
        FreshComputations<String, Value> updated = new FreshComputations<>(() -> OptionalLong.of(revision.get()),
                (key, replaced) -> {
                    earlier.add(replaced == null ? "none" : "revision " + replaced.revision());
                    if (failing.get() > 0) {
                        failing.decrementAndGet();
                        throw new IllegalStateException("the register could not be read");
                    }
                    return new Value(key, revision.get());
                },
                key -> new Value(key, -1), 8);

        updated.get("2026-12-02");
        assertThat(updated.get("2026-12-02").revision()).isEqualTo(1);
        revision.set(2);
        updated.get("2026-12-02");
        revision.set(3);
        failing.set(1);
        assertThatThrownBy(() -> updated.get("2026-12-02")).isInstanceOf(IllegalStateException.class);
        updated.get("2026-12-02");
        updated.get("another date");

        // The first has nothing to start from; a failed one is no value to start from, the next starts afresh.
        assertThat(earlier).containsExactly("none", "revision 1", "revision 2", "none", "none");
    }
}
