package id.go.bekasikota.koperasi.platform.idempotency;

import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Forgets Idempotency-Keys and their answers {@code koperasi.idempotency.retention-days} (30) after their first
 * request, every 6 hours. A scheduled method is in every service that has the platform, so the purge runs in every
 * one: where the database has no {@code idempotency_record} (a service that takes no keys) it does nothing.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private final IdempotencyRecords records;
    private final Today today;
    private final ScheduledWork scheduled;
    private final Duration retention;

    public IdempotencyPurge(IdempotencyRecords records, Today today, ScheduledWork scheduled,
                            @ConfigProperty(name = "koperasi.idempotency.retention-days") int retentionDays) {
        this.records = records;
        this.today = today;
        this.scheduled = scheduled;
        this.retention = Duration.ofDays(retentionDays);
    }

    @Scheduled(every = "6h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "idempotency-purge")
    void purgeExpired() {
        scheduled.run("idempotency-purge", () -> QuarkusTransaction.requiringNew().run(() -> {
            if (records.tableExists()) {
                records.purgeBefore(today.now().minus(retention));
            }
        }));
    }
}
