package id.go.bekasikota.koperasi.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Sends requests at a constant rate (open model, {@link Schedule}) with the Vert.x web client on
 * one event loop, and measures each answer from its intended send time into an HdrHistogram.
 * A request that waits for a free connection is charged for the wait. Errors (an unexpected
 * status, a refused connection, a timeout) are counted apart and listed by cause.
 */
public final class ConstantRateLoad implements AutoCloseable {

    /** Request {@code i} of a run. */
    @FunctionalInterface
    public interface Call {
        Future<HttpResponse<Buffer>> send(long i);
    }

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Vertx vertx;
    private final WebClient client;
    private final Duration timeout;

    public ConstantRateLoad(int connections, Duration timeout) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(2).setInternalBlockingPoolSize(2));
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setMaxPoolSize(connections)
                .setMaxWaitQueueSize(-1)
                .setKeepAlive(true)
                // Below the gateway's idle timeout (15 s): a connection the server closes as idle just when the next
                // request is sent on it fails that request (HttpClosedException; the direct run between two gateway
                // runs lasts 15 s). Clients and proxies keep their keep-alive shorter than the server's for this reason.
                .setKeepAliveTimeout(10)
                .setTcpNoDelay(true)
                .setConnectTimeout(2_000)
                .setUserAgent("koperasi-bench"));
        this.timeout = timeout;
    }

    /** A request to an absolute URL, with the run's timeout. */
    public HttpRequest<Buffer> request(HttpMethod method, String url) {
        return client.requestAbs(method, url).timeout(timeout.toMillis());
    }

    public Future<HttpResponse<Buffer>> get(String url) {
        return request(HttpMethod.GET, url).send();
    }

    /** Runs the schedule and waits for the last answer (or the timeout). */
    public LatencyResult run(String operation, Schedule schedule, Call call, int expectedStatus, Target target) {
        return run(operation, schedule, call, expectedStatus, target, null);
    }

    /** As {@link #run(String, Schedule, Call, int, Target)}, also adding the latencies to {@code sink} (may be null). */
    public LatencyResult run(String operation, Schedule schedule, Call call, int expectedStatus, Target target, Histogram sink) {
        Histogram micros = new Histogram(HIGHEST_MICROS, 3);
        AtomicLong errors = new AtomicLong();
        AtomicLong outstanding = new AtomicLong(schedule.count());
        AtomicLong lastAnswer = new AtomicLong();
        Map<String, Long> causes = new TreeMap<>();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (long i = 0; i < schedule.count(); i++) {
            long intended = start + schedule.offsetNanos(i);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            Future<HttpResponse<Buffer>> answer;
            try {
                answer = call.send(i);
            } catch (RuntimeException e) {
                answer = Future.failedFuture(e);
            }
            answer.onComplete(result -> {
                long now = System.nanoTime();
                synchronized (micros) {
                    if (result.succeeded() && result.result().statusCode() == expectedStatus) {
                        micros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (now - intended) / 1000)));
                    } else {
                        errors.incrementAndGet();
                        String cause = result.succeeded() ? "HTTP " + result.result().statusCode()
                                : result.cause().getClass().getSimpleName();
                        causes.merge(cause, 1L, Long::sum);
                    }
                    lastAnswer.accumulateAndGet(now, Math::max);
                }
                if (outstanding.decrementAndGet() == 0) {
                    finished.complete(null);
                }
            });
        }
        try {
            finished.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (micros) {
                causes.merge("no answer", outstanding.get(), Long::sum);
                errors.addAndGet(outstanding.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException(operation + ": " + e.getMessage(), e);
        }
        synchronized (micros) {
            // Served per second over the scheduled span, or until the last answer when that came later.
            double elapsed = Math.max((lastAnswer.get() - start) / 1e9, schedule.count() / schedule.ratePerSecond());
            if (sink != null) {
                sink.add(micros);
            }
            LatencyResult result = LatencyResult.of(operation, schedule.ratePerSecond(), elapsed, micros.copy(), errors.get(), target);
            return causes.isEmpty() ? result : result.withNote(causes.entrySet().stream()
                    .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")));
        }
    }

    /**
     * Raises the rate step by step (each step {@code step} long) on several paths side by side:
     * at each rate every path still in the ramp runs one step, so that the paths see the same
     * machine at the same time. A path leaves the ramp when it no longer keeps up (it serves under
     * 80% of the offered rate, or p99 passes 2 s, or errors appear); a step that does not keep up
     * is tried once more after a pause (a collection or a neighbour's burst on a shared machine)
     * first. Returns every step per path; a path's capacity is the most it served per second.
     */
    public Map<String, List<LatencyResult>> ramp(Map<String, Call> paths, double firstRate, double factor, double maxRate,
                                                 Duration step, java.util.function.Consumer<LatencyResult> progress) {
        Map<String, List<LatencyResult>> steps = new java.util.LinkedHashMap<>();
        paths.keySet().forEach(path -> steps.put(path, new ArrayList<>()));
        java.util.Set<String> ramping = new java.util.LinkedHashSet<>(paths.keySet());
        for (double rate = firstRate; rate <= maxRate && !ramping.isEmpty(); rate = Math.round(rate * factor)) {
            for (String path : List.copyOf(ramping)) {
                LatencyResult result = run(path + " @" + (long) rate, new Schedule(rate, step), paths.get(path), 200, Target.NONE);
                progress.accept(result);
                steps.get(path).add(result);
                if (!keepsUp(result)) {
                    pause(2_000);
                    LatencyResult again = run(path + " @" + (long) rate + " again", new Schedule(rate, step), paths.get(path), 200, Target.NONE);
                    progress.accept(again);
                    steps.get(path).add(again);
                    if (!keepsUp(again)) {
                        ramping.remove(path);
                    }
                }
                pause(1_000);
            }
        }
        return steps;
    }

    static boolean keepsUp(LatencyResult result) {
        return result.achieved() >= 0.8 * result.rate() && result.p99() <= 2_000 && result.errors() == 0;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static double capacity(List<LatencyResult> steps) {
        return steps.stream().mapToDouble(LatencyResult::achieved).max().orElse(Double.NaN);
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
