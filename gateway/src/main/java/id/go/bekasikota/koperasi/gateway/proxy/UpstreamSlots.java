package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeoutException;

/**
 * How many requests may be at one service at once, whatever event loop of the gateway they came in
 * on: at most {@code limit} hold a slot, at most {@code queue} more wait for one (each up to its own
 * wait), the rest are refused at once. The gateway keeps a connection pool per event loop (a request
 * and its answer then never change threads); these slots keep the service's bound for all of them
 * together, as a single pool's size and wait queue did.
 *
 * <p>A waiter is resumed on its own context (its event loop) when a slot is handed to it; a waiter
 * that times out fails with a {@link TimeoutException}, a request that finds the queue full with a
 * {@link ConnectionPoolTooBusyException}, as the Vert.x pool fails.
 */
final class UpstreamSlots {

    private final Vertx vertx;
    private final int limit;
    private final int queue;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int held;

    UpstreamSlots(Vertx vertx, int limit, int queue) {
        if (limit < 1 || queue < 0) {
            throw new IllegalArgumentException("A service takes at least one request at once and a queue of zero or more");
        }
        this.vertx = vertx;
        this.limit = limit;
        this.queue = queue;
    }

    private static final class Waiter {
        final Promise<Void> promise = Promise.promise();
        final Context context;
        long timer = -1;

        Waiter(Context context) {
            this.context = context;
        }
    }

    /** A slot, now or once one is free within {@code wait}; the caller must {@link #release()} it once done. */
    Future<Void> acquire(Duration wait) {
        Waiter waiter;
        synchronized (this) {
            if (held < limit) {
                held++;
                return Future.succeededFuture();
            }
            if (waiting.size() >= queue) {
                return Future.failedFuture(new ConnectionPoolTooBusyException(
                        "Connection pool reached max wait queue size of " + queue));
            }
            waiter = new Waiter(vertx.getOrCreateContext());
            waiting.addLast(waiter);
        }
        long timer = vertx.setTimer(Math.max(1, wait.toMillis()), tick -> timedOut(waiter, wait));
        boolean handedOver;
        synchronized (this) {
            waiter.timer = timer;
            handedOver = !waiting.contains(waiter);
        }
        if (handedOver) {
            vertx.cancelTimer(timer);
        }
        return waiter.promise.future();
    }

    /** Gives a held slot back: to the longest waiting request, or free. */
    void release() {
        Waiter next;
        long timer;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                held--;
                return;
            }
            timer = next.timer;
        }
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        next.context.runOnContext(go -> next.promise.complete());
    }

    private void timedOut(Waiter waiter, Duration wait) {
        boolean removed;
        synchronized (this) {
            removed = waiting.remove(waiter);
        }
        if (removed) {
            waiter.context.runOnContext(fail -> waiter.promise.fail(
                    new TimeoutException("No slot at the service within " + wait.toMillis() + " ms")));
        }
    }

    /** Requests holding a slot now. */
    synchronized int held() {
        return held;
    }

    /** Requests waiting for a slot now. */
    synchronized int waiting() {
        return waiting.size();
    }
}
