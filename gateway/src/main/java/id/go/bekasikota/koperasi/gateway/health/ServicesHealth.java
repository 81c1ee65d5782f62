package id.go.bekasikota.koperasi.gateway.health;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.proxy.ServiceRoutes;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The health group {@code services} ({@code /q/health/group/services} on the management interface): UP when
 * every service the gateway routes to is ready. Each service's own readiness
 * ({@code GET <management-url>/q/health/ready}, the service's management interface) is asked at the
 * same time, with a short timeout, and shown with the state of the gateway's circuit for that service
 * and, once it has opened, when and why it last opened ({@code <service>-circuit-last-opened}); a
 * service that is DOWN is shown with its failing checks (its database, for instance).
 *
 * <p>Not the gateway's readiness: the gateway serves the services that are up and answers 503 for one that
 * is not (its circuit); were it unready whenever one service is, an orchestrator would take every gateway
 * replica out of its Service and refuse all requests for one service's outage.
 */
@HealthGroup("services")
@ApplicationScoped
public class ServicesHealth implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final GatewayConfig config;
    private final ServiceRoutes routes;
    private final WebClient client;

    public ServicesHealth(GatewayConfig config, ServiceRoutes routes, Vertx vertx) {
        this.config = config;
        this.routes = routes;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) TIMEOUT.toMillis()));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Map.Entry<String, String>>> checks = config.services().entrySet().stream()
                .map(service -> state(service.getValue()).map(state -> Map.entry(service.getKey(), state)))
                .toList();
        return Uni.join().all(checks).andFailFast().map(states -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
            states.forEach(state -> {
                response.withData(state.getKey(), state.getValue());
                if (!state.getValue().equals("UP")) {
                    response.down();
                }
            });
            routes.proxies().forEach(proxy -> {
                response.withData(proxy.name() + "-circuit", proxy.circuit().state().name());
                proxy.circuit().lastOpening().ifPresent(opening ->
                        response.withData(proxy.name() + "-circuit-last-opened", opening.at() + ": " + opening.cause()));
            });
            return response.build();
        });
    }

    private Uni<String> state(GatewayConfig.Service service) {
        String url = service.managementUrl().orElse(service.url()).resolve(service.healthPath()).toString();
        return Uni.createFrom().completionStage(() -> client.getAbs(url).timeout(TIMEOUT.toMillis()).send().toCompletionStage())
                .map(response -> response.statusCode() == 200 ? "UP"
                        : "DOWN (" + response.statusCode() + ")" + downChecks(response.bodyAsString()))
                .onFailure().recoverWithItem("UNREACHABLE");
    }

    /**
     * The checks a service reports DOWN, with their data: which consumer lags and by how much, e.g.
     * {@code : event-consumers {"financing-service.cooperative-projection":340,"ready-max-lag":100}}.
     */
    static String downChecks(String body) {
        try {
            String down = new JsonObject(body).getJsonArray("checks").stream()
                    .map(JsonObject.class::cast)
                    .filter(check -> "DOWN".equals(check.getString("status")))
                    .map(check -> check.getString("name") + (check.getJsonObject("data") == null ? "" : " " + check.getJsonObject("data").encode()))
                    .collect(Collectors.joining("; "));
            return down.isEmpty() ? "" : ": " + down;
        } catch (RuntimeException notHealthJson) {
            return "";
        }
    }
}
