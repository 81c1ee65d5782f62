package id.go.bekasikota.koperasi.platform.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes events into the outbox table inside the caller's transaction: the change and its
 * events commit together or not at all. {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class EventOutbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<OutboxAppended> appended;

    public EventOutbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxAppended> appended) {
        this.entityManager = entityManager;
        // Event data keeps its null members: the JSON schemas of contracts/ declare them (an absent member
        // is a REST response's convention, docs/CONVENTIONS.md, not the events').
        this.objectMapper = objectMapper.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Collection<DomainEvent> events) {
        events.forEach(this::append);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(DomainEvent event) {
        UUID id = UUID.randomUUID();
        // The insert touches the outbox table only: no need to flush and dirty-check the whole session first.
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, record_key, event_type, aggregate_type, aggregate_id,
                                                  aggregate_version, payload, occurred_at, traceparent)
                        values (:id, :topic, :key, :type, :aggregateType, :aggregateId, :version, cast(:payload as jsonb),
                                :occurredAt, :traceparent)""")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("outbox_event")
                .setParameter("id", id)
                .setParameter("topic", event.topic())
                .setParameter("key", event.key())
                .setParameter("type", event.type())
                .setParameter("aggregateType", event.aggregateType())
                .setParameter("aggregateId", event.aggregateId())
                .setParameter("version", event.aggregateVersion())
                .setParameter("payload", json(event.data()))
                .setParameter("occurredAt", Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("traceparent", traceparent())
                .executeUpdate();
        // Observed after a successful commit only: wakes the relay without waiting for its poll.
        appended.fire(new OutboxAppended(id));
        return id;
    }

    private String json(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be serialised: " + data.getClass(), e);
        }
    }

    /** W3C trace context of the request that caused the event (CloudEvents distributed tracing extension). */
    private static String traceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** Fired for each appended event; the relay observes it after commit. */
    public record OutboxAppended(UUID eventId) {
    }
}
