package id.go.bekasikota.koperasi.platform.outbox;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka in commit order, as CloudEvents (binary mode), and marks them
 * published once the broker acknowledged them.
 *
 * <p>Delivery is at least once: a crash after the broker's acknowledgement and before the mark
 * commits publishes the row again, which consumers absorb by event id. A PostgreSQL advisory
 * lock held for the batch makes one instance of a service relay at a time, so two instances
 * neither double-publish nor reorder one cooperative's events.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of the relay ("OUTBOX" in ASCII); one database per service. */
    private static final long RELAY_LOCK = 0x4F5554424F58L;

    private final EntityManager entityManager;
    private final Emitter<String> emitter;
    private final URI source;
    private final int batchSize;
    private final Duration sendTimeout;
    private final String retention;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(EntityManager entityManager,
                       @Channel("outbox") Emitter<String> emitter,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName,
                       @ConfigProperty(name = "koperasi.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "koperasi.outbox.send-timeout", defaultValue = "PT15S") Duration sendTimeout,
                       @ConfigProperty(name = "koperasi.outbox.retention-days", defaultValue = "7") int retentionDays) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.source = URI.create("/koperasi/" + serviceName);
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.retention = retentionDays + " days";
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventOutbox.OutboxAppended appended) {
        pending.set(true);
        wakeUps.execute(this::drainQuietly);
    }

    @Scheduled(every = "${koperasi.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${koperasi.outbox.initial-delay:1s}")
    void poll() {
        pending.set(true);
        drainQuietly();
    }

    /** Published rows are kept a while for audit and replay, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "delete from outbox_event where published_at < now() - cast(:retention as interval)")
                .setParameter("retention", retention)
                .executeUpdate());
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdown();
        try {
            wakeUps.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Publishes everything unpublished; returns how many rows this call published. Only one
     * drain runs at a time in this JVM; a wake-up during a drain makes it go round once more.
     */
    public int drain() {
        int published = 0;
        while (pending.get()) {
            if (!draining.compareAndSet(false, true)) {
                return published;
            }
            try {
                pending.set(false);
                int batch;
                do {
                    batch = QuarkusTransaction.requiringNew().call(this::publishBatch);
                    published += batch;
                } while (batch == batchSize);
            } finally {
                draining.set(false);
            }
        }
        return published;
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            // Broker or database away: the rows stay unpublished and the next poll tries again.
            LOG.warnf("Outbox relay will retry: %s", e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private int publishBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, topic, record_key, event_type, aggregate_id, aggregate_version,
                               cast(payload as text), occurred_at, traceparent
                        from outbox_event where published_at is null order by sequence limit :limit""")
                .setParameter("limit", batchSize)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        List<UUID> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            emitter.send(toMessage(row, ack));
            acks.add(ack);
            ids.add((UUID) row[0]);
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge " + rows.size() + " events", e);
        }
        entityManager.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
        return rows.size();
    }

    private Message<String> toMessage(Object[] row, CompletableFuture<Void> ack) {
        OffsetDateTime occurredAt = occurredAt(row[7]);
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row[0].toString())
                .withSource(source)
                .withType((String) row[3])
                .withSubject((String) row[4])
                .withTimestamp(occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .withExtension(EventTypes.AGGREGATE_VERSION_EXTENSION, ((Number) row[5]).longValue());
        if (row[8] != null) {
            cloudEvent = cloudEvent.withExtension("traceparent", row[8]);
        }
        var kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic((String) row[1])
                .withKey((String) row[2])
                .build();
        return Message.of((String) row[6], Metadata.of(cloudEvent.build(), kafka),
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
    }

    private static OffsetDateTime occurredAt(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
