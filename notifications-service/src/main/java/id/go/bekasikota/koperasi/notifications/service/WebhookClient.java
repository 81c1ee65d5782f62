package id.go.bekasikota.koperasi.notifications.service;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.RetryAfter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one webhook (JDK HttpClient): POST, redirects never followed (a 3xx is a failure), short
 * connect and answer timeouts (the whole answer, its body included, within the request timeout), and
 * of the answer's body only an excerpt is read, without blocking a thread ({@link FirstBytes}). A 429's
 * or 503's {@code Retry-After} is read into the outcome ({@link RetryAfter}).
 */
@ApplicationScoped
public class WebhookClient {

    /**
     * What came of one attempt: the status (null when no answer came), the time it took, an error, an excerpt of the
     * answer, and the wait a 429 or 503 asked for with {@code Retry-After} (null when it asked for none, or gave a
     * value that is not one).
     */
    public record Outcome(Integer status, long latencyMillis, String error, String excerpt, Duration retryAfter) {

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread thread = new Thread(r, "webhook-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client;
    private final WebhooksConfig.Delivery config;

    public WebhookClient(WebhooksConfig config) {
        this.config = config.delivery();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(this.config.connectTimeout())
                .executor(executor)
                .build();
    }

    public CompletableFuture<Outcome> post(String url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.requestTimeout())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        long started = System.nanoTime();
        FirstBytes excerpt = new FirstBytes(config.responseExcerpt());
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request.build(), info -> excerpt);
        return exchange
                .thenApply(response -> new Outcome(response.statusCode(), millisSince(started), null,
                        new String(response.body(), StandardCharsets.UTF_8), retryAfter(response)))
                .orTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    // An answer whose body stalls: let the connection go rather than wait for the rest.
                    excerpt.abandon();
                    exchange.cancel(true);
                    return new Outcome(null, millisSince(started), describe(failure), null, null);
                });
    }

    /**
     * Of an answer's body, its first {@code limit} bytes, read as they come without holding a thread;
     * then the rest is refused (the connection closes), so a receiver that sends a long or endless
     * body costs neither a thread nor more than {@code limit} bytes.
     */
    static final class FirstBytes implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();

        FirstBytes(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            if (!subscription.compareAndSet(null, s) || body.isDone()) {
                s.cancel();
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            synchronized (bytes) {
                for (ByteBuffer buffer : buffers) {
                    int take = Math.min(buffer.remaining(), limit - bytes.size());
                    byte[] chunk = new byte[take];
                    buffer.get(chunk);
                    bytes.write(chunk, 0, take);
                }
                if (bytes.size() < limit) {
                    subscription.get().request(1);
                    return;
                }
            }
            subscription.get().cancel();
            body.complete(collected());
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(collected());
        }

        /** Stops reading: the answer took too long. */
        void abandon() {
            Flow.Subscription s = subscription.getAndSet(CANCELLED);
            if (s != null) {
                s.cancel();
            }
            body.cancel(false);
        }

        private byte[] collected() {
            synchronized (bytes) {
                return bytes.toByteArray();
            }
        }

        private static final Flow.Subscription CANCELLED = new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        };
    }

    /**
     * The wait a 429 or 503 asks for. An HTTP-date is read against the real clock, not the office's: it is the
     * receiver's real time (as the webhook-timestamp the receiver checks is ours).
     */
    private static Duration retryAfter(HttpResponse<?> response) {
        if (!RetryAfter.honoured(response.statusCode())) {
            return null;
        }
        return response.headers().firstValue("Retry-After").flatMap(value -> RetryAfter.parse(value, Instant.now())).orElse(null);
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timeout";
        }
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "no answer within the timeout";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String message = cause.getMessage();
        return "no answer: " + (message == null ? "the connection failed" : message.length() > 200 ? message.substring(0, 200) : message);
    }

    private static long millisSince(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
