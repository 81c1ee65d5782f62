package id.go.bekasikota.koperasi.platform.outbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the relay stops: no new work after the shutdown event, the batch in progress finishes
 * (or is abandoned unmarked) before the database goes, and only Kafka's acknowledgement marks.
 */
class RelayGateTest {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final RelayGate gate = new RelayGate();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aStoppedGateAdmitsNoMoreWork() {
        assertThat(gate.stop(Duration.ofSeconds(1), Duration.ofSeconds(1))).isTrue();

        assertThat(gate.stopping()).isTrue();
        assertThat(gate.enter()).isFalse();
    }

    @Test
    void stopWaitsForTheBatchInProgressWhoseAcknowledgementsStillMark() throws Exception {
        CompletableFuture<Void> acks = new CompletableFuture<>();
        Batch batch = new Batch(acks);
        batch.startOn(threads);

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(
                () -> gate.stop(Duration.ofSeconds(20), Duration.ofSeconds(5)), threads);
        assertThatStaysRunning(stopped);
        assertThat(gate.enter()).as("no new work while stopping").isFalse();

        acks.complete(null);

        assertThat(stopped.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(batch.outcome()).isEqualTo(Outcome.MARKED);
    }

    @Test
    void aBatchKafkaDoesNotAcknowledgeWithinTheGraceIsAbandonedUnmarked() throws Exception {
        Batch batch = new Batch(new CompletableFuture<>());
        batch.startOn(threads);

        assertThat(gate.stop(Duration.ofMillis(200), Duration.ofSeconds(5))).isTrue();

        // Cancelled by the gate at the end of the grace (a send timing out would fail with a TimeoutException).
        assertThat(batch.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(batch.failure).hasRootCauseInstanceOf(CancellationException.class);
    }

    @Test
    void stopGivesUpOnWorkThatNeverEnds() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.execute(() -> {
            if (gate.enter()) {
                try {
                    entered.countDown();
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    gate.exit();
                }
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.stop(Duration.ofMillis(100), Duration.ofMillis(100))).isFalse();
        release.countDown();
    }

    @Test
    void onlyAnAcknowledgementLetsABatchMark() {
        CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IllegalStateException("broker away"));
        assertThatThrownBy(() -> gate.awaitAcknowledgements(failed, SEND_TIMEOUT))
                .isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> gate.awaitAcknowledgements(new CompletableFuture<>(), Duration.ofMillis(50)))
                .isInstanceOf(TimeoutException.class);
    }

    /** Waits on the future itself for 300 ms: it must not complete (no sleep, no clock read). */
    private static void assertThatStaysRunning(CompletableFuture<?> future) {
        assertThatThrownBy(() -> future.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(future).isNotDone();
    }

    private enum Outcome { MARKED, ROLLED_BACK }

    /** Stands in for the relay's batch: sent, then marked only once every record is acknowledged. */
    private final class Batch {

        private final CompletableFuture<Void> acks;
        private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        private final CountDownLatch entered = new CountDownLatch(1);
        private volatile Exception failure;

        Batch(CompletableFuture<Void> acks) {
            this.acks = acks;
        }

        void startOn(ExecutorService executor) throws InterruptedException {
            executor.execute(this::run);
            assertThat(entered.await(5, TimeUnit.SECONDS)).as("the batch entered the gate").isTrue();
        }

        private void run() {
            if (!gate.enter()) {
                return;
            }
            entered.countDown();
            try {
                gate.awaitAcknowledgements(acks, SEND_TIMEOUT);
                outcome.complete(Outcome.MARKED);
            } catch (Exception e) {
                failure = e;
                outcome.complete(Outcome.ROLLED_BACK);
            } finally {
                gate.exit();
            }
        }

        Outcome outcome() throws Exception {
            return outcome.get(5, TimeUnit.SECONDS);
        }
    }
}
