package id.go.bekasikota.koperasi.gateway.health;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The gateway is ready when every service it routes to is ready. */
@Readiness
@ApplicationScoped
public class ServicesHealth implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ServicesHealth(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
        config.services().forEach((name, service) -> {
            String state = state(service.url());
            response.withData(name, state);
            if (!state.equals("UP")) {
                response.down();
            }
        });
        return response.build();
    }

    private String state(String url) {
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "UP" : "DOWN (" + status + ")";
        } catch (Exception e) {
            return "UNREACHABLE";
        }
    }
}
