package id.go.bekasikota.koperasi.gateway;

import id.go.bekasikota.koperasi.stack.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.impl.ConnectionBase;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for the three services in the gateway's own tests: small Vert.x servers that echo what
 * reached them (service, method, path, query, headers, body size). Paths ending in {@code /slow}
 * are never answered, paths ending in {@code /broken} lose their connection (closed), paths ending in
 * {@code /reset} lose it reset (a TCP RST), paths ending in {@code /cached} answer with their own Cache-Control,
 * paths ending in {@code /emptied} answer 204, paths ending in {@code /tagged} name their Vary on two lines and answer a 304 (no body, no length) to
 * {@code If-None-Match: "7"}, paths with a segment starting {@code unknown-} are answered 404 as a service answers a path it does not have;
 * {@code /stub/hits?path=} counts the requests a path received, and {@code /stub/hits?path=closed:<port>} is 1
 * once the connection from that client port (echoed as {@code clientPort}) has closed. A fourth service, {@code standby}, gets a port where nothing listens: the tests
 * start and stop a server there themselves ({@link StandbyService}). A fifth, {@code narrow}, has one
 * pooled connection and no queue.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : new String[]{"registry", "financing", "awards"}) {
            String url = "http://127.0.0.1:" + listen(service);
            // A stub answers its readiness on the same port (a service answers it on its management port).
            config.put("koperasi.services." + service + ".url", url);
            config.put("koperasi.services." + service + ".management-url", url);
        }
        config.put("koperasi.services.standby.url", "http://127.0.0.1:" + Ports.free());
        config.put("koperasi.services.standby.circuit-breaker.failures", "3");
        config.put("koperasi.services.standby.circuit-breaker.reset", "1s");
        config.put("koperasi.services.standby.retry-delay", "10ms");
        config.put("koperasi.routes.standby.service", "standby");
        config.put("koperasi.routes.standby.prefixes", "/api/v1/standby");
        // One connection and no queue: a second request while the first is in progress finds the gateway full.
        config.put("koperasi.services.narrow.url", "http://127.0.0.1:" + listen("narrow"));
        config.put("koperasi.services.narrow.max-connections", "1");
        config.put("koperasi.services.narrow.max-queued", "0");
        config.put("koperasi.services.narrow.timeout", "2s");
        config.put("koperasi.routes.narrow.service", "narrow");
        config.put("koperasi.routes.narrow.prefixes", "/api/v1/narrow");
        // Its idle pooled connections are closed by the gateway after a second (20 s elsewhere).
        config.put("koperasi.services.narrow.keep-alive-timeout", "1s");
        return config;
    }

    private int listen(String service) {
        int port = Ports.free();
        Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        try {
            vertx.createHttpServer()
                    .connectionHandler(connection -> connectionClosed(connection, hits))
                    .requestHandler(request -> answer(service, request, hits))
                    .listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Stub " + service + " did not start", e);
        }
        return port;
    }

    static void connectionClosed(HttpConnection connection, Map<String, AtomicInteger> hits) {
        int port = connection.remoteAddress().port();
        connection.closeHandler(closed -> hits.computeIfAbsent("closed:" + port, key -> new AtomicInteger()).incrementAndGet());
    }

    static void answer(String service, HttpServerRequest request, Map<String, AtomicInteger> hits) {
        String path = request.path();
        if (path.equals("/stub/hits")) {
            AtomicInteger count = hits.get(request.getParam("path"));
            request.response().end(String.valueOf(count == null ? 0 : count.get()));
            return;
        }
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
        } else if (path.equals("/q/openapi")) {
            // Written as text: what YAML must carry over exactly (multi-line text, strings that look like
            // other things, a number past double precision, a decimal with a trailing zero, null, arrays).
            request.response().putHeader("Content-Type", "application/json").end("{\"openapi\":\"3.1.0\","
                    + "\"info\":{\"title\":\"" + service + "\",\"version\":\"" + request.query() + "\","
                    + "\"description\":\"Line one\\nLine two: with a colon\\n  indented # not a comment\"},"
                    + "\"x-texts\":[\"yes\",\"1.0\",\"null\",\"\",\"- dash\",\"{brace}\"],"
                    + "\"x-numbers\":{\"big\":9007199254740993,\"rate\":12.50,\"negative\":-3},"
                    + "\"x-flags\":{\"on\":true,\"nothing\":null},\"paths\":{}}");
        } else if (path.contains("/unknown-")) {
            request.response().setStatusCode(404).end();
        } else if (path.endsWith("/slow")) {
            request.pause();
        } else if (path.endsWith("/broken")) {
            request.connection().close();
        } else if (path.endsWith("/reset")) {
            Channel channel = ((ConnectionBase) request.connection()).channel();
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.close();
        } else if (path.endsWith("/emptied")) {
            request.response().setStatusCode(204).end();
        } else if (path.endsWith("/tagged") && "\"7\"".equals(request.getHeader("If-None-Match"))) {
            // As a service answers a conditional read of an unchanged entity: no body, no length, its Vary on two lines.
            request.response().setStatusCode(304).putHeader("ETag", "\"7\"");
            request.response().headers().add("Vary", "Accept").add("Vary", "Accept-Language, accept");
            request.response().end();
        } else {
            request.body().onSuccess(body -> {
                JsonObject headers = new JsonObject();
                // A header that came more than once is echoed as the list of its values.
                request.headers().names().forEach(name -> {
                    var values = request.headers().getAll(name);
                    headers.put(name.toLowerCase(), values.size() == 1 ? values.get(0) : new JsonArray(values));
                });
                if (path.endsWith("/cached")) {
                    request.response().putHeader("Cache-Control", "max-age=60");
                }
                if (path.endsWith("/tagged")) {
                    request.response().headers().add("Vary", "Accept").add("Vary", "Accept-Language, accept");
                }
                request.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("ETag", "\"7\"")
                        .putHeader("X-Request-Id", "overwritten-by-the-gateway")
                        .end(new JsonObject()
                                .put("service", service)
                                .put("method", request.method().name())
                                .put("path", path)
                                .put("query", request.query())
                                .put("clientPort", request.remoteAddress().port())
                                .put("headers", headers)
                                .put("bodySize", body.length())
                                .encode());
            });
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }
}
