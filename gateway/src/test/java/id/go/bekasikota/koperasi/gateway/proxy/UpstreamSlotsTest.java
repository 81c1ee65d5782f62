package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UpstreamSlotsTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void theLimitTakesAtOnceTheQueueWaitsTheRestIsRefused() {
        UpstreamSlots slots = new UpstreamSlots(vertx, 2, 1);

        Future<Void> first = slots.acquire(LONG);
        Future<Void> second = slots.acquire(LONG);
        Future<Void> third = slots.acquire(LONG);
        Future<Void> fourth = slots.acquire(LONG);

        assertThat(first.succeeded()).isTrue();
        assertThat(second.succeeded()).isTrue();
        assertThat(third.isComplete()).as("waits for a slot").isFalse();
        assertThat(fourth.failed()).isTrue();
        assertThat(fourth.cause()).isInstanceOf(ConnectionPoolTooBusyException.class);
        assertThat(slots.held()).isEqualTo(2);
        assertThat(slots.waiting()).isEqualTo(1);

        slots.release();
        await().atMost(Duration.ofSeconds(5)).until(third::succeeded);
        assertThat(slots.held()).as("handed over, not freed").isEqualTo(2);
        assertThat(slots.waiting()).isZero();

        slots.release();
        slots.release();
        assertThat(slots.held()).isZero();
        assertThat(slots.acquire(LONG).succeeded()).isTrue();
    }

    @Test
    void aWaiterGivesUpAfterItsWait() {
        UpstreamSlots slots = new UpstreamSlots(vertx, 1, 1);
        assertThat(slots.acquire(LONG).succeeded()).isTrue();

        Future<Void> waiting = slots.acquire(Duration.ofMillis(50));

        await().atMost(Duration.ofSeconds(5)).until(waiting::failed);
        assertThat(waiting.cause()).isInstanceOf(TimeoutException.class);
        assertThat(slots.waiting()).isZero();
        slots.release();
        assertThat(slots.held()).as("the slot held is free; the one that gave up took none").isZero();
    }

    @Test
    void waitersAreServedInTheOrderTheyCame() {
        UpstreamSlots slots = new UpstreamSlots(vertx, 1, 3);
        assertThat(slots.acquire(LONG).succeeded()).isTrue();
        List<Integer> served = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int number = i;
            slots.acquire(LONG).onSuccess(go -> {
                synchronized (served) {
                    served.add(number);
                }
                slots.release();
            });
        }

        slots.release();

        await().atMost(Duration.ofSeconds(5)).until(() -> {
            synchronized (served) {
                return served.size() == 3;
            }
        });
        assertThat(served).containsExactly(1, 2, 3);
        assertThat(slots.held()).isZero();
    }

    @Test
    void aSlotHandedOverResumesTheWaiterOnItsOwnEventLoop() throws Exception {
        UpstreamSlots slots = new UpstreamSlots(vertx, 1, 1);
        assertThat(slots.acquire(LONG).succeeded()).isTrue();
        Context waiterContext = vertx.getOrCreateContext();
        CompletableFuture<Context> resumedOn = new CompletableFuture<>();
        CompletableFuture<Void> queued = new CompletableFuture<>();
        waiterContext.runOnContext(go -> {
            slots.acquire(LONG).onSuccess(slot -> resumedOn.complete(Vertx.currentContext()));
            queued.complete(null);
        });
        queued.get(5, TimeUnit.SECONDS);

        slots.release();

        assertThat(resumedOn.get(5, TimeUnit.SECONDS)).isSameAs(waiterContext);
    }

    @Test
    void aServiceTakesAtLeastOneRequest() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamSlots(vertx, 0, 5));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new UpstreamSlots(vertx, 1, -1));
    }
}
