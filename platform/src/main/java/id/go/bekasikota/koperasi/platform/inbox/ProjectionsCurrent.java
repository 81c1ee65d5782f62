package id.go.bekasikota.koperasi.platform.inbox;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The health group {@code projections} ({@code /q/health/group/projections} on the management interface): the
 * strict reading of {@link ConsumerHealth}, DOWN whenever a consumer has not joined, lags past
 * {@code koperasi.consumers.ready-max-lag}, cannot read its lag or cannot reach its database. Readiness holds
 * a replica back only until its first catch-up; this says at any time whether its projections are current.
 */
@HealthGroup("projections")
@ApplicationScoped
public class ProjectionsCurrent implements HealthCheck {

    private final ConsumerHealth consumers;

    public ProjectionsCurrent(ConsumerHealth consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        return consumers.strict();
    }
}
