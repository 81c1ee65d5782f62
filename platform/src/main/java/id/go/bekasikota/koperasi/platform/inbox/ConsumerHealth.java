package id.go.bekasikota.koperasi.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Readiness DOWN while a consumer cannot reach its database (it retries and commits no offset). */
@Readiness
@Default
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    private final Map<String, String> failing = new ConcurrentHashMap<>();

    void failing(String consumer, Throwable cause) {
        failing.put(consumer, String.valueOf(cause.getMessage()));
    }

    void recovered(String consumer) {
        failing.remove(consumer);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").status(failing.isEmpty());
        failing.forEach(response::withData);
        return response.build();
    }
}
