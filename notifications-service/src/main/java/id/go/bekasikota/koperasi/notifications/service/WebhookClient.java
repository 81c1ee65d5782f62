package id.go.bekasikota.koperasi.notifications.service;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.RetryAfter;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one webhook (Vert.x's HTTP client) to an address checked before ({@link
 * id.go.bekasikota.koperasi.notifications.domain.EgressPolicy#destination}): the connection goes to that address,
 * never to a second resolution of the URL's host, while the host stays the request's {@code Host}, the TLS server
 * name (SNI) and the name the certificate must carry. POST, redirects never followed (a 3xx is a failure), a short
 * connect timeout and the whole answer within the request timeout; of the answer's body only an excerpt is read,
 * then the connection is let go, so a receiver that sends a long, endless or stalled body costs neither a thread
 * nor more than the excerpt. A 429's or 503's {@code Retry-After} is read into the outcome ({@link RetryAfter}).
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

    private final HttpClient client;
    private final WebhooksConfig.Delivery config;

    public WebhookClient(Vertx vertx, WebhooksConfig config) {
        this.config = config.delivery();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) this.config.connectTimeout().toMillis())
                .setVerifyHost(true)
                .setTrustAll(false)
                // One subscription has at most per-subscription deliveries in flight (DeliveryQueue.claim).
                .setMaxPoolSize(Math.max(1, this.config.perSubscription()))
                .setKeepAlive(true));
    }

    /**
     * Posts {@code body} to {@code url}, connecting to {@code address} (one of the addresses its host resolved to when
     * it was checked); the outcome comes within the request timeout, whatever the receiver does.
     */
    public CompletableFuture<Outcome> post(String url, InetAddress address, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        URI uri = URI.create(url);
        boolean tls = uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(host)
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                .setFollowRedirects(false);
        headers.forEach(options::putHeader);

        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        client.request(options)
                .onFailure(outcome::completeExceptionally)
                .onSuccess(request -> {
                    sent.set(request);
                    request.exceptionHandler(outcome::completeExceptionally);
                    request.send(Buffer.buffer(body, StandardCharsets.UTF_8.name()))
                            .onFailure(outcome::completeExceptionally)
                            .onSuccess(response -> readExcerpt(request, response, started, outcome));
                });
        return outcome
                .orTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    // No answer in time, or a body that stalls: let the connection go rather than wait for the rest.
                    HttpClientRequest request = sent.get();
                    if (request != null) {
                        request.reset();
                    }
                    return new Outcome(null, millisSince(started), describe(failure), null, null);
                });
    }

    /**
     * Reads the answer's body up to the excerpt's length as it comes, then lets the connection go if more would come.
     */
    private void readExcerpt(HttpClientRequest request, HttpClientResponse response, long started, CompletableFuture<Outcome> outcome) {
        int limit = config.responseExcerpt();
        Buffer excerpt = Buffer.buffer();
        Duration retryAfter = retryAfter(response);
        response.exceptionHandler(outcome::completeExceptionally);
        response.handler(chunk -> {
            if (outcome.isDone()) {
                return;
            }
            int take = Math.min(chunk.length(), limit - excerpt.length());
            excerpt.appendBuffer(chunk, 0, take);
            if (excerpt.length() >= limit) {
                outcome.complete(new Outcome(response.statusCode(), millisSince(started), null,
                        excerpt.toString(StandardCharsets.UTF_8), retryAfter));
                request.reset();
            }
        });
        response.endHandler(end -> outcome.complete(new Outcome(response.statusCode(), millisSince(started), null,
                excerpt.toString(StandardCharsets.UTF_8), retryAfter)));
    }

    /**
     * The wait a 429 or 503 asks for. An HTTP-date is read against the real clock, not the office's: it is the
     * receiver's real time (as the webhook-timestamp the receiver checks is ours).
     */
    private static Duration retryAfter(HttpClientResponse response) {
        if (!RetryAfter.honoured(response.statusCode())) {
            return null;
        }
        String value = response.getHeader("Retry-After");
        return value == null ? null : RetryAfter.parse(value, Instant.now()).orElse(null);
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof io.netty.channel.ConnectTimeoutException) {
            return "connect timeout";
        }
        if (cause instanceof TimeoutException) {
            return "no answer within the timeout";
        }
        if (cause instanceof ConnectException) {
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
        client.close();
    }
}
