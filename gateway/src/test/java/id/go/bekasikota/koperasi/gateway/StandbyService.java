package id.go.bekasikota.koperasi.gateway;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@code standby} stub service, started and stopped by a test to play a service that goes away. */
public final class StandbyService implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();

    private StandbyService() {
    }

    public static StandbyService start(GatewayConfig config) {
        StandbyService standby = new StandbyService();
        Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        standby.vertx.createHttpServer()
                .requestHandler(request -> UpstreamStubs.answer("standby", request, hits))
                .listen(config.services().get("standby").url().getPort(), "127.0.0.1")
                .toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        return standby;
    }

    /** Stops the server: from now on nothing listens on the standby port. */
    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
