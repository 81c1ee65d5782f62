package id.go.bekasikota.koperasi.projection.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A rebuild's progress in {@code /q/health/ready} ("registry-projection-rebuild"). Always UP:
 * while a rebuild runs the projection it replaces keeps answering, and a failed rebuild changed
 * nothing.
 */
@Readiness
@ApplicationScoped
public class RebuildHealth implements HealthCheck {

    private final RebuildProgress progress;

    public RebuildHealth(RebuildProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("registry-projection-rebuild").up()
                .withData("running", progress.running());
        if (progress.rebuild() != null) {
            response.withData("rebuild", progress.rebuild().toString())
                    .withData("state", progress.state().name())
                    .withData("eventsApplied", progress.applied())
                    .withData("lag", progress.lag());
        }
        return response.build();
    }
}
