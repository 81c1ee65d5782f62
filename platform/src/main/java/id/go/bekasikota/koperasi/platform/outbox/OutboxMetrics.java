package id.go.bekasikota.koperasi.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * {@code koperasi_outbox_unpublished} and {@code koperasi_outbox_oldest_unpublished_seconds} at
 * {@code /q/metrics}: the backlog an operator watches while the broker is away.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final EntityManager entityManager;

    public OutboxMetrics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("koperasi.outbox.unpublished", this, OutboxMetrics::unpublished)
                .description("Outbox events not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("koperasi.outbox.oldest.unpublished.seconds", this, OutboxMetrics::oldestAgeSeconds)
                .description("Age of the oldest outbox event not yet acknowledged by Kafka")
                .register(registry);
    }

    private double unpublished() {
        return query("select count(*) from outbox_event where published_at is null");
    }

    private double oldestAgeSeconds() {
        return query("select coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox_event where published_at is null");
    }

    private double query(String sql) {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    ((Number) entityManager.createNativeQuery(sql).getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
