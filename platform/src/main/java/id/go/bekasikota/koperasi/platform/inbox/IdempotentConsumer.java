package id.go.bekasikota.koperasi.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Processes each event once: the event id is recorded in {@code processed_event} in the same
 * transaction as the handler's effect, so a redelivered event changes nothing.
 *
 * <p>The records of one poll come as a batch (every incoming channel has {@code batch=true}) and
 * are applied in order in <b>one</b> transaction: one commit and one round of the transaction manager
 * for up to {@code max.poll.records} events instead of one per event (each event's changes are still
 * flushed, and the session emptied, before the next). The batch's event ids go into the inbox in one
 * statement, which returns those it had not seen; only they are applied, each once even when the
 * same event came twice in the poll. The batch is acknowledged once that transaction committed.
 *
 * <p>Failures are sorted: a poison message (not a CloudEvent, bad JSON, data that does not fit,
 * or a handler failure that is not the database's) is nacked, and the channel's
 * {@code dead-letter-queue} strategy writes it to the dead-letter topic with the reason. A record
 * that cannot be read is set aside before the transaction; a handler's failure rolls the batch's
 * transaction back, and the batch is then applied again one event per transaction, so that only the
 * event at fault is dead-lettered and every other is applied (the inbox makes the second pass safe).
 * A database outage is retried with back-off and no offset is committed meanwhile; readiness is
 * DOWN until it recovers ({@link ConsumerHealth}). A deadlock, a serialization failure or a transaction
 * timeout says nothing about the events either: they are tried again a few times ({@link ApplyFailure})
 * before the failure counts as a refusal. Each settled record's offset goes to
 * {@link ConsumerPositions}, from which readiness computes the lag.
 *
 * <p>On shutdown it stops before Hibernate and the pool close: the shutdown event waits for the
 * batches in progress, and from then on a batch is left as it came, neither applied nor
 * dead-lettered nor acknowledged, so that it comes again after the restart. (The connector keeps
 * polling until it closes, after Hibernate: a batch applied then failed with "EntityManagerFactory
 * is closed", was taken for a refusal and dead-lettered, and its events were lost to the projection.)
 * A failure while stopping is never a refusal either.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** How long the shutdown waits for the batches in progress. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final EntityManager entityManager;
    private final ObjectMapper reader;
    private final ConsumerHealth health;
    private final MeterRegistry meters;
    private final ConsumerPositions positions;
    /** Batches in progress hold it shared; the shutdown takes it exclusively once they are done. */
    private final ReadWriteLock running = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    public IdempotentConsumer(EntityManager entityManager, ObjectMapper objectMapper, ConsumerHealth health,
                              MeterRegistry meters, ConsumerPositions positions) {
        this.entityManager = entityManager;
        // Events may gain fields in a compatible version: a consumer reads what it knows.
        this.reader = JsonConfig.forStoredData(objectMapper);
        this.health = health;
        this.meters = meters;
        this.positions = positions;
    }

    /**
     * @param batch    the records of one poll, in each partition's order
     * @param consumer a stable name of the projection or process (one inbox per name)
     * @param handler  applies one event; runs inside the transaction that records it
     * @return completes once every record of the batch is settled (applied, a duplicate or
     *         dead-lettered); from the shutdown event on, at once, the batch neither applied nor
     *         acknowledged (left for the restart)
     */
    public CompletionStage<Void> process(KafkaRecordBatch<String, String> batch, String consumer, Consumer<InboundEvent> handler) {
        return process(batch, consumer, () -> { }, handler);
    }

    /**
     * As {@link #process(KafkaRecordBatch, String, Consumer)}, with work that every transaction applying events
     * needs once, before its first event (a transaction-scoped lock the handler relies on, taken once per batch
     * rather than once per event).
     *
     * @param firstInTransaction runs at the start of each transaction that applies events, inside it
     */
    public CompletionStage<Void> process(KafkaRecordBatch<String, String> batch, String consumer, Runnable firstInTransaction,
                                         Consumer<InboundEvent> handler) {
        Lock inProgress = running.readLock();
        inProgress.lock();
        try {
            if (stopping) {
                return leftForTheRestart(batch, consumer);
            }
            return settle(batch, consumer, firstInTransaction, handler);
        } catch (Stopping e) {
            return leftForTheRestart(batch, consumer);
        } finally {
            inProgress.unlock();
        }
    }

    /**
     * The shutdown event, before Hibernate and the pool close: waits for the batches in progress
     * (at most {@link #STOP_GRACE}); every batch after it is left for the restart.
     */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        Lock all = running.writeLock();
        boolean done = false;
        try {
            done = all.tryLock(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping = true;
        if (done) {
            all.unlock();
        } else {
            LOG.warnf("A batch was still being applied %s after the shutdown began; it is left for the restart", STOP_GRACE);
        }
    }

    /** Neither applied nor acknowledged: the connector commits no offset past it, so it comes again after the restart. */
    private CompletionStage<Void> leftForTheRestart(KafkaRecordBatch<String, String> batch, String consumer) {
        LOG.infof("Stopping: %d records for %s left for the restart", batch.getRecords().size(), consumer);
        return CompletableFuture.completedFuture(null);
    }

    private CompletionStage<Void> settle(KafkaRecordBatch<String, String> batch, String consumer, Runnable firstInTransaction,
                                         Consumer<InboundEvent> handler) {
        List<Received> events = new ArrayList<>();
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(new Received(record, read(record)));
            } catch (PoisonMessageException e) {
                LOG.warnf("Dead-lettering a message for %s: %s", consumer, e.getMessage());
                meters.counter("koperasi.inbox.events", "consumer", consumer, "outcome", "dead-lettered").increment();
                deadLettered.add(record.nack(e).toCompletableFuture());
            }
        }
        if (!events.isEmpty()) {
            try {
                int[] outcome = retryingWhileTheDatabaseIsDown(consumer, events.get(0).event(), () -> applyAll(events, consumer, firstInTransaction, handler));
                count(consumer, outcome[0], outcome[1]);
            } catch (Stopping e) {
                throw e;
            } catch (RuntimeException e) {
                if (stopping) {
                    // Hibernate or the pool may be closing under it: no refusal, the batch comes again after the restart.
                    throw new Stopping(e);
                }
                // A handler refused an event (or it broke a constraint): find which, one event per transaction.
                LOG.debugf("Applying %d events for %s one at a time: %s", events.size(), consumer, e.getMessage());
                for (Received received : events) {
                    applyAlone(received, consumer, firstInTransaction, handler).ifPresent(deadLettered::add);
                }
            }
        }
        // Acknowledged once every dead letter is written: a crash before that redelivers the batch, losing none.
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new))
                .thenCompose(written -> batch.ack())
                .thenRun(() -> batch.getRecords().forEach(this::settled));
    }

    /** The batch in one transaction; {applied, duplicates}. */
    private int[] applyAll(List<Received> events, String consumer, Runnable firstInTransaction, Consumer<InboundEvent> handler) {
        int[] outcome = QuarkusTransaction.requiringNew().call(() -> {
            firstInTransaction.run();
            Set<String> unseen = markProcessed(consumer, events.stream().map(Received::event).toList());
            int applied = 0;
            for (Received received : events) {
                // remove: an event that came twice in the poll is applied once.
                if (unseen.remove(received.event().id())) {
                    handler.accept(received.event());
                    applied++;
                    // Each event's changes are written and the session emptied before the next: Hibernate checks
                    // every entity it holds for changes before each query, so a session holding the whole batch's
                    // entities cost each event a pass over all of them (the feed ran at a third of its rate).
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            return new int[] {applied, events.size() - applied};
        });
        meters.counter("koperasi.inbox.transactions", "consumer", consumer).increment();
        return outcome;
    }

    /** One event in its own transaction; the dead letter's writing when the event is refused. */
    private Optional<CompletableFuture<Void>> applyAlone(Received received, String consumer, Runnable firstInTransaction,
                                                         Consumer<InboundEvent> handler) {
        InboundEvent event = received.event();
        try {
            boolean applied = retryingWhileTheDatabaseIsDown(consumer, event, () -> QuarkusTransaction.requiringNew().call(() -> {
                firstInTransaction.run();
                if (markProcessed(consumer, List.of(event)).isEmpty()) {
                    return false;
                }
                handler.accept(event);
                return true;
            }));
            meters.counter("koperasi.inbox.transactions", "consumer", consumer).increment();
            count(consumer, applied ? 1 : 0, applied ? 0 : 1);
            return Optional.empty();
        } catch (Stopping e) {
            throw e;
        } catch (RuntimeException e) {
            if (stopping) {
                throw new Stopping(e);
            }
            PoisonMessageException poison = e instanceof PoisonMessageException p ? p
                    : new PoisonMessageException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
            LOG.warnf("Dead-lettering event %s (%s) for %s: %s", event.id(), event.type(), consumer, poison.getMessage());
            meters.counter("koperasi.inbox.events", "consumer", consumer, "outcome", "dead-lettered").increment();
            return Optional.of(received.record().nack(poison).toCompletableFuture());
        }
    }

    /**
     * Runs the work until it succeeds or fails for a reason that says something about the events (thrown,
     * {@link ApplyFailure}): while the database is down, retries with back-off and readiness says so; after a
     * deadlock, a serialization failure or a transaction timeout, retries a few times (nothing was written).
     */
    private <T> T retryingWhileTheDatabaseIsDown(String consumer, InboundEvent first, Supplier<T> work) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.get();
                health.recovered(consumer);
                return result;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw new Stopping(e);
                }
                ApplyFailure failure = ApplyFailure.of(e);
                if (!failure.triedAgain(attempt)) {
                    throw e;
                }
                if (failure == ApplyFailure.DATABASE_DOWN) {
                    health.failing(consumer, e);
                    LOG.warnf("Database unavailable for %s; retrying event %s in %d ms", consumer, first.id(), backoff.toMillis());
                } else {
                    String reason = failure == ApplyFailure.CONTENTION ? "contention" : "timeout";
                    meters.counter("koperasi.inbox.retries", "consumer", consumer, "reason", reason).increment();
                    LOG.warnf("Rolled back (%s, nothing written) for %s after try %d; retrying event %s in %d ms: %s", reason, consumer,
                            attempt, first.id(), backoff.toMillis(), e.getMessage());
                }
                LockSupport.parkNanos(backoff.toNanos());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void count(String consumer, int applied, int duplicates) {
        if (applied > 0) {
            meters.counter("koperasi.inbox.events", "consumer", consumer, "outcome", "applied").increment(applied);
        }
        if (duplicates > 0) {
            meters.counter("koperasi.inbox.events", "consumer", consumer, "outcome", "duplicate").increment(duplicates);
        }
    }

    /** Once the batch is acknowledged, each record's partition position moves past it. */
    @SuppressWarnings("unchecked")
    private void settled(KafkaRecord<String, String> record) {
        record.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(incoming ->
                positions.processed(incoming.getChannel(), incoming.getTopic(), incoming.getPartition(), incoming.getOffset()));
    }

    private record Received(KafkaRecord<String, String> record, InboundEvent event) {
    }

    /** A failure while the service stops: the batch is left for the restart, never dead-lettered. */
    private static final class Stopping extends RuntimeException {
        Stopping(Throwable cause) {
            super("stopping", cause, false, false);
        }
    }

    /**
     * Records the events' ids in one statement (the transaction's connection, no Hibernate query to build);
     * returns the ids this consumer had not processed before, each once.
     */
    private Set<String> markProcessed(String consumer, List<InboundEvent> events) {
        String[] ids = events.stream().map(InboundEvent::id).toArray(String[]::new);
        String[] topics = events.stream().map(event -> event.topic() == null ? "" : event.topic()).toArray(String[]::new);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, source_topic)
                    select ?, event.id, event.topic from unnest(?::text[], ?::text[]) as event (id, topic)
                    on conflict do nothing
                    returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("text", ids));
                insert.setArray(3, connection.createArrayOf("text", topics));
                Set<String> unseen = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        unseen.add(rows.getString(1));
                    }
                }
                return unseen;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private InboundEvent read(KafkaRecord<String, String> message) {
        IncomingCloudEventMetadata<Object> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonMessageException("not a CloudEvent: ce_* headers are missing"));
        if (cloudEvent.getId() == null || cloudEvent.getType() == null) {
            throw new PoisonMessageException("CloudEvent without id or type");
        }
        String payload = message.getPayload();
        if (payload == null || payload.isBlank()) {
            throw new PoisonMessageException("empty data");
        }
        JsonNode data;
        try {
            data = reader.readTree(payload);
        } catch (Exception e) {
            throw new PoisonMessageException("data is not JSON: " + e.getMessage(), e);
        }
        if (data == null || !data.isObject()) {
            throw new PoisonMessageException("data is not a JSON object");
        }
        long version = aggregateVersion(cloudEvent.getExtension(EventTypes.AGGREGATE_VERSION_EXTENSION));
        String topic = message.getTopic();
        OffsetDateTime time = cloudEvent.getTimeStamp().map(z -> z.toOffsetDateTime())
                .orElse(OffsetDateTime.now(ZoneOffset.UTC));
        return new InboundEvent(cloudEvent.getId(), cloudEvent.getType(),
                cloudEvent.getSource() == null ? null : cloudEvent.getSource().toString(),
                cloudEvent.getSubject().orElse(null), time, version, topic, message.getKey(), data, reader);
    }

    private static long aggregateVersion(Optional<Object> value) {
        if (value.isEmpty()) {
            throw new PoisonMessageException("CloudEvent without the " + EventTypes.AGGREGATE_VERSION_EXTENSION + " extension");
        }
        try {
            return Long.parseLong(value.get().toString());
        } catch (NumberFormatException e) {
            throw new PoisonMessageException(EventTypes.AGGREGATE_VERSION_EXTENSION + " is not a number: " + value.get());
        }
    }
}
