package id.go.bekasikota.koperasi.gateway;

import id.go.bekasikota.koperasi.stack.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in upstream service for the gateway's own tests: it echoes what reached it (method,
 * path, headers). The financing route points at a port where nothing listens, to play a
 * service that is down.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = Ports.free();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            if (request.path().endsWith("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("openapi", "3.1.0").encode());
                return;
            }
            if (request.path().endsWith("/q/health/ready")) {
                request.response().end("{\"status\":\"UP\"}");
                return;
            }
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("method", request.method().name()).put("path", request.path())
                            .put("headers", headers).encode());
        });
        try {
            server.listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "koperasi.services.registry.url", "http://127.0.0.1:" + port,
                "koperasi.services.awards.url", "http://127.0.0.1:" + port,
                "koperasi.services.financing.url", "http://127.0.0.1:" + Ports.free());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
