package id.go.bekasikota.koperasi.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A webhook receiver on loopback (JDK HTTP server), standing in for a bank's or a government
 * system's endpoint in the tests and the benchmark. Each path is an endpoint: it records every
 * request (arrival time, headers, raw body) and answers 200, or the statuses scripted for it, or
 * 503 while it is down.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. Header names are lower case. */
    public record Received(Instant at, String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16, r -> {
        Thread thread = new Thread(r, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new HashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> slow = new ConcurrentHashMap<>();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The endpoint's URL: {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + (path.startsWith("/") ? path : "/" + path);
    }

    /** The next requests to the path are answered with these statuses, in order; then 200 again. */
    public synchronized void answer(String path, int... statuses) {
        Deque<Integer> queue = scripted.computeIfAbsent(normal(path), p -> new ArrayDeque<>());
        for (int status : statuses) {
            queue.add(status);
        }
    }

    /** While down, the path answers 503 to everything. */
    public void down(String path, boolean isDown) {
        if (isDown) {
            down.add(normal(path));
        } else {
            down.remove(normal(path));
        }
    }

    /** The path answers only this long after a request arrived (recorded at once): a slow endpoint. */
    public void slow(String path, java.time.Duration delay) {
        slow.put(normal(path), delay.toMillis());
    }

    public List<Received> received(String path) {
        return received(r -> r.path().equals(normal(path)));
    }

    public List<Received> received(Predicate<Received> filter) {
        return new ArrayList<>(received.stream().filter(filter).toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(Instant.now(), path, Map.copyOf(headers), text));
            long delay = slow.getOrDefault(path, 0L);
            if (delay > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(delay));
            }
            int status = status(path);
            byte[] answer = (status < 300 ? "ok" : "receiver says " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private synchronized int status(String path) {
        if (down.contains(path)) {
            return 503;
        }
        Deque<Integer> queue = scripted.get(path);
        return queue == null || queue.isEmpty() ? 200 : queue.poll();
    }

    private static String normal(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
