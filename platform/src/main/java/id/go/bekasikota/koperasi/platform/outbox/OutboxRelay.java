package id.go.bekasikota.koperasi.platform.outbox;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka in the order of their sequence (taken at insert, so an aggregate's
 * events, written under its lock, are in commit order; two aggregates of one key are not serialised),
 * as CloudEvents (binary mode), and marks them
 * published once the broker acknowledged them. A batch carries one row per topic and key (the first
 * unpublished, {@link FirstOfEachKey}), so a key's next row leaves only once the one before it is on
 * the topic.
 *
 * <p>Delivery is at least once: a crash after the broker's acknowledgement and before the mark
 * commits publishes the row again, which consumers absorb by event id. A PostgreSQL advisory
 * lock held for the batch makes one instance of a service relay at a time, so two instances
 * neither double-publish nor reorder one cooperative's events.
 *
 * <p>It starts after the messaging layer is connected: its scheduled work is skipped until then
 * and from the shutdown event on ({@link RelayStart}), and only that work creates it, so its
 * {@code outbox} emitter is never looked up while the channel does not exist.
 *
 * <p>On shutdown the relay stops before Hibernate and the connection pool close: it starts no
 * more work, lets the batch in progress finish, and abandons it unmarked if Kafka has not
 * acknowledged it within {@code koperasi.outbox.shutdown-grace}.
 *
 * <p>Each record continues the trace of the request that wrote its row: the row's
 * {@code traceparent} is both the CloudEvent's {@code traceparent} extension and the parent of the
 * connector's producer span, whose context the connector writes to the record's {@code traceparent}
 * header. Consumers therefore see one trace id in both headers.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of the relay ("OUTBOX" in ASCII); one database per service. */
    private static final long RELAY_LOCK = 0x4F5554424F58L;
    /** Rows read for a batch, per row it may carry: room to pass over a busy key's later rows. */
    private static final int READ_PER_BATCH = 4;
    /** After an abandoned batch: time for its transaction to roll back before the pool closes. */
    private static final Duration ROLLBACK_WAIT = Duration.ofSeconds(5);
    /** Reads a stored {@code traceparent} as the only header of a carrier. */
    private static final TextMapGetter<String> STORED_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of("traceparent");
        }

        @Override
        public String get(String traceparent, String key) {
            return "traceparent".equals(key) ? traceparent : null;
        }
    };

    private final EntityManager entityManager;
    private final Emitter<String> emitter;
    private final URI source;
    private final int batchSize;
    private final Duration sendTimeout;
    private final String retention;
    private final Duration shutdownGrace;
    private final RelayGate gate = new RelayGate();
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
                       @ConfigProperty(name = "koperasi.outbox.retention-days", defaultValue = "7") int retentionDays,
                       @ConfigProperty(name = "koperasi.outbox.shutdown-grace", defaultValue = "PT5S") Duration shutdownGrace) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.source = URI.create("/koperasi/" + serviceName);
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.retention = retentionDays + " days";
        this.shutdownGrace = shutdownGrace;
    }

    /** A commit before the first poll has created the relay is published by that poll, a second later at most. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS, notifyObserver = Reception.IF_EXISTS)
                     EventOutbox.OutboxAppended appended) {
        pending.set(true);
        if (!gate.stopping()) {
            wakeUps.execute(this::drainQuietly);
        }
    }

    @Scheduled(every = "${koperasi.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${koperasi.outbox.initial-delay:1s}", skipExecutionIf = RelayStart.class)
    void poll() {
        pending.set(true);
        drainQuietly();
    }

    /** Published rows are kept a while for audit and replay, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RelayStart.class)
    void purgePublished() {
        if (!gate.enter()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "delete from outbox_event where published_at < now() - cast(:retention as interval)")
                    .setParameter("retention", retention)
                    .executeUpdate());
        } finally {
            gate.exit();
        }
    }

    /**
     * The shutdown event comes before Hibernate, the pool, the scheduler and Kafka are closed:
     * the relay stops here, first among the observers, while its batch in progress can still
     * commit or roll back.
     */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(Interceptor.Priority.PLATFORM_BEFORE)
              ShutdownEvent shutdown) {
        if (gate.stop(shutdownGrace, ROLLBACK_WAIT)) {
            LOG.debug("Outbox relay stopped");
        } else {
            LOG.warnf("Outbox relay still busy after %s; its unmarked rows are published again after restart",
                    shutdownGrace.plus(ROLLBACK_WAIT));
        }
    }

    @PreDestroy
    void shutdownWakeUps() {
        // Nothing queued here can run any more: the gate closed at the shutdown event.
        wakeUps.shutdownNow();
    }

    /**
     * Publishes everything unpublished; returns how many rows this call published. Only one
     * drain runs at a time in this JVM; a wake-up during a drain makes it go round once more.
     */
    public int drain() {
        if (!gate.enter()) {
            return 0;
        }
        try {
            int published = 0;
            while (pending.get() && !gate.stopping()) {
                if (!draining.compareAndSet(false, true)) {
                    return published;
                }
                try {
                    pending.set(false);
                    Published batch;
                    do {
                        batch = QuarkusTransaction.requiringNew().call(this::publishBatch);
                        published += batch.rows();
                    } while (batch.left() && !gate.stopping());
                } finally {
                    draining.set(false);
                }
            }
            return published;
        } finally {
            gate.exit();
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            if (gate.stopping()) {
                // Abandoned at shutdown: rolled back, nothing marked; published again after restart.
                LOG.infof("Outbox relay stopped mid-batch: %s", e.getMessage());
            } else {
                // Broker or database away: the rows stay unpublished and the next poll tries again.
                LOG.warnf("Outbox relay will retry: %s", e.getMessage());
            }
        }
    }

    /** The innermost cause of a failure, as {@code Class: message} (a timeout names the wait, a refusal the broker's error). */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** What one batch published, and whether unpublished rows were left behind (the drain goes round again). */
    private record Published(int rows, boolean left) {
        static final Published NOTHING = new Published(0, false);
    }

    /**
     * One batch: the first unpublished row of each topic and key, in sequence order ({@link FirstOfEachKey}), sent
     * and acknowledged as a whole before it is marked.
     */
    @SuppressWarnings("unchecked")
    private Published publishBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return Published.NOTHING;
        }
        int readLimit = batchSize * READ_PER_BATCH;
        List<Object[]> read = entityManager.createNativeQuery("""
                        select id, topic, record_key, event_type, aggregate_id, aggregate_version,
                               cast(payload as text), occurred_at, traceparent
                        from outbox_event where published_at is null order by sequence limit :limit""")
                .setParameter("limit", readLimit)
                .getResultList();
        FirstOfEachKey.Batch<Object[]> batch = FirstOfEachKey.of(read, read.size() < readLimit,
                row -> row[1] + "\n" + row[2], batchSize);
        List<Object[]> rows = batch.chosen();
        if (rows.isEmpty()) {
            return Published.NOTHING;
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
            gate.awaitAcknowledgements(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)), sendTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        } catch (Exception e) {
            // What the operator needs from the log line alone: which topics, from which row, and the broker's own reason.
            throw new IllegalStateException("Kafka did not acknowledge " + rows.size() + " events on "
                    + rows.stream().map(row -> (String) row[1]).distinct().sorted().toList() + " (from outbox row " + rows.get(0)[0]
                    + "): " + rootCause(e), e);
        }
        // The mark's own time, after the acknowledgement: now() would be the transaction's start, before the read.
        entityManager.createNativeQuery("update outbox_event set published_at = clock_timestamp() where id in (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
        return new Published(rows.size(), batch.left());
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
        var kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic((String) row[1])
                .withKey((String) row[2])
                .build();
        Metadata metadata = Metadata.of(kafka);
        if (row[8] != null) {
            String traceparent = (String) row[8];
            cloudEvent = cloudEvent.withExtension("traceparent", traceparent);
            metadata = metadata.with(TracingMetadata.withCurrent(requestTrace(traceparent)));
        }
        return Message.of((String) row[6], metadata.with(cloudEvent.build()),
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
    }

    /** The stored context as the producer span's parent (a remote parent: the request has ended). */
    private static Context requestTrace(String traceparent) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, STORED_TRACEPARENT);
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
