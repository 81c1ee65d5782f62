package id.go.bekasikota.koperasi.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.platform.problem.ProblemMappers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Processes each event once: the event id is recorded in {@code processed_event} in the same
 * transaction as the handler's effect, so a redelivered event changes nothing.
 *
 * <p>Failures are sorted: a poison message (not a CloudEvent, bad JSON, data that does not fit,
 * or a handler failure that is not the database's) is nacked, and the channel's
 * {@code dead-letter-queue} strategy writes it to the dead-letter topic with the reason. A
 * database outage is retried with back-off and no offset is committed meanwhile; readiness is
 * DOWN until it recovers ({@link ConsumerHealth}). Each settled record's offset goes to
 * {@link ConsumerPositions}, from which readiness computes the lag.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final EntityManager entityManager;
    private final ObjectMapper reader;
    private final ConsumerHealth health;
    private final MeterRegistry meters;
    private final ConsumerPositions positions;

    public IdempotentConsumer(EntityManager entityManager, ObjectMapper objectMapper, ConsumerHealth health,
                              MeterRegistry meters, ConsumerPositions positions) {
        this.entityManager = entityManager;
        // Events may gain fields in a compatible version: a consumer reads what it knows.
        this.reader = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.health = health;
        this.meters = meters;
        this.positions = positions;
    }

    /**
     * @param consumer a stable name of the projection or process (one inbox per name)
     * @param handler  applies the event; runs inside the transaction that records it
     */
    public CompletionStage<Void> process(Message<String> message, String consumer, Consumer<InboundEvent> handler) {
        InboundEvent event;
        try {
            event = read(message);
        } catch (PoisonMessageException e) {
            LOG.warnf("Dead-lettering a message for %s: %s", consumer, e.getMessage());
            return settled(message, message.nack(e));
        }
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!markProcessed(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                meters.counter("koperasi.inbox.events", "consumer", consumer,
                        "outcome", applied ? "applied" : "duplicate").increment();
                health.recovered(consumer);
                return settled(message, message.ack());
            } catch (RuntimeException e) {
                if (!ProblemMappers.databaseUnavailable(e)) {
                    PoisonMessageException poison = e instanceof PoisonMessageException p ? p
                            : new PoisonMessageException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
                    LOG.warnf("Dead-lettering event %s (%s) for %s: %s", event.id(), event.type(), consumer, poison.getMessage());
                    meters.counter("koperasi.inbox.events", "consumer", consumer, "outcome", "dead-lettered").increment();
                    return settled(message, message.nack(poison));
                }
                health.failing(consumer, e);
                LOG.warnf("Database unavailable for %s; retrying event %s in %d ms", consumer, event.id(), backoff.toMillis());
                LockSupport.parkNanos(backoff.toNanos());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Once the record is acknowledged (or dead-lettered), its partition's position moves past it. */
    @SuppressWarnings("unchecked")
    private CompletionStage<Void> settled(Message<String> message, CompletionStage<Void> settlement) {
        return settlement.thenRun(() -> message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(record ->
                positions.processed(record.getChannel(), record.getTopic(), record.getPartition(), record.getOffset())));
    }

    /** Records the event id; false when this consumer processed it before. */
    private boolean markProcessed(String consumer, InboundEvent event) {
        return entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, source_topic) values (:consumer, :id, :topic)
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("topic", event.topic() == null ? "" : event.topic())
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    private InboundEvent read(Message<String> message) {
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
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic).orElse(null);
        OffsetDateTime time = cloudEvent.getTimeStamp().map(z -> z.toOffsetDateTime())
                .orElse(OffsetDateTime.now(ZoneOffset.UTC));
        return new InboundEvent(cloudEvent.getId(), cloudEvent.getType(),
                cloudEvent.getSource() == null ? null : cloudEvent.getSource().toString(),
                cloudEvent.getSubject().orElse(null), time, version, topic, data, reader);
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
