package id.go.bekasikota.koperasi.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Saturation as a load tool makes it (wrk, ab): {@code connections} keep-alive connections, each
 * sending its next request as soon as its previous answer has arrived, for a fixed time (a closed
 * loop: the offered load is whatever the server sustains). Every answer is counted by its status,
 * and every failure without an answer by its kind ({@code ConnectException}, {@code reset}, ...), so
 * a row shows what the server answered under saturation, not only how fast.
 */
public final class ClosedLoopLoad {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private ClosedLoopLoad() {
    }

    /**
     * A run's row, and its outcomes: statuses ("200"; a problem's with its type, "503 gateway-overloaded") and kinds
     * of failure without an answer ("reset").
     */
    public record Result(LatencyResult row, Map<String, Long> outcomes) {

        /** Answers 500-599. */
        public long serverErrors() {
            return outcomes.entrySet().stream().filter(e -> e.getKey().matches("5\\d\\d( .*)?")).mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * @param url the absolute URL of request {@code i}
     * @return the latencies of 200 answers; errors are every other outcome, listed by status or kind in the note
     */
    public static Result run(String operation, int connections, Duration duration, LongFunction<String> url) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(connections)
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout(5_000)
                .setKeepAliveTimeout(10) // below the gateway's idle timeout (15 s), see ConstantRateLoad
                .setIdleTimeout(30)
                .setIdleTimeoutUnit(TimeUnit.SECONDS));
        Histogram micros = new Histogram(HIGHEST_MICROS, 3);
        Map<String, Long> outcomes = new TreeMap<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicInteger running = new AtomicInteger(connections);
        java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        for (int c = 0; c < connections; c++) {
            vertx.runOnContext(v -> next(client, url, sequence, end, micros, outcomes, running, finished));
        }
        try {
            finished.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(operation + ": " + e.getMessage(), e);
        } finally {
            client.close();
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        synchronized (micros) {
            long errors = outcomes.entrySet().stream().filter(e -> !e.getKey().equals("200")).mapToLong(Map.Entry::getValue).sum();
            LatencyResult result = LatencyResult.of(operation, Double.NaN, elapsed, micros.copy(), errors, Target.NONE);
            String byStatus = outcomes.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
            return new Result(new LatencyResult(operation, result.achieved(), result.achieved(), result.successes(), errors, result.p50(),
                    result.p95(), result.p99(), result.max(), Target.NONE,
                    "closed loop, " + connections + " connections, " + duration.toSeconds() + " s; by status: " + byStatus),
                    Map.copyOf(outcomes));
        }
    }

    /** Sends one request of a connection's loop, then the next when it is answered, until the end. */
    private static void next(HttpClient client, LongFunction<String> url, java.util.concurrent.atomic.AtomicLong sequence, long end,
                             Histogram micros, Map<String, Long> outcomes, AtomicInteger running, CompletableFuture<Void> finished) {
        if (System.nanoTime() >= end) {
            if (running.decrementAndGet() == 0) {
                finished.complete(null);
            }
            return;
        }
        long sent = System.nanoTime();
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url.apply(sequence.getAndIncrement()))
                        .setTimeout(30_000))
                .compose(request -> request.send().compose(response -> response.body().map(body ->
                        outcome(response.statusCode(), response.getHeader("Content-Type"), body.toString()))))
                .onComplete(result -> {
                    long now = System.nanoTime();
                    synchronized (micros) {
                        if (result.succeeded() && result.result().equals("200")) {
                            micros.recordValue(Math.min(HIGHEST_MICROS, (now - sent) / 1000));
                        }
                        String outcome = result.succeeded() ? result.result() : kind(result.cause());
                        outcomes.merge(outcome, 1L, Long::sum);
                    }
                    next(client, url, sequence, end, micros, outcomes, running, finished);
                });
    }

    /** The status, and for a problem (RFC 9457) the last segment of its type: who answered and why. */
    private static String outcome(int status, String contentType, String body) {
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return String.valueOf(status);
        }
        java.util.regex.Matcher type = PROBLEM_TYPE.matcher(body);
        return type.find() ? status + " " + type.group(1) : String.valueOf(status);
    }

    private static final java.util.regex.Pattern PROBLEM_TYPE = java.util.regex.Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*/([^\"/]+)\"");

    private static String kind(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        return name.contains("Reset") ? "reset" : name.isEmpty() ? "error" : name;
    }
}
