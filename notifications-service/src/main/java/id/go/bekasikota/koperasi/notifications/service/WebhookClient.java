package id.go.bekasikota.koperasi.notifications.service;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends one webhook (JDK HttpClient): POST, redirects never followed (a 3xx is a failure), short
 * connect and answer timeouts, and of the answer's body only an excerpt is read.
 */
@ApplicationScoped
public class WebhookClient {

    /** What came of one attempt: the status (null when no answer came), the time it took, an error, an excerpt of the answer. */
    public record Outcome(Integer status, long latencyMillis, String error, String excerpt) {

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
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> new Outcome(response.statusCode(), millisSince(started), null, excerpt(response.body())))
                .orTimeout(config.requestTimeout().plusSeconds(1).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .exceptionally(failure -> new Outcome(null, millisSince(started), describe(failure), null));
    }

    private String excerpt(InputStream body) {
        try (body) {
            byte[] bytes = body.readNBytes(config.responseExcerpt());
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > config.responseExcerpt() ? text.substring(0, config.responseExcerpt()) : text;
        } catch (IOException e) {
            return null;
        }
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
