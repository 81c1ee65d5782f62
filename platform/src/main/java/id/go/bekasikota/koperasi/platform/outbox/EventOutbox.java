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
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /**
     * Appends the events in their order, in one JDBC batch on the transaction's connection: one round trip for a
     * bulk import's thousands of events instead of one statement each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Collection<DomainEvent> events) {
        if (!events.isEmpty()) {
            insert(events);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(DomainEvent event) {
        return insert(List.of(event)).get(0);
    }

    /**
     * The outbox rows, on the session's connection: the insert touches the outbox table only, so nothing of the
     * session is flushed or dirty-checked first. Each appended event is announced; the relay observes it after a
     * successful commit only, and is woken without waiting for its poll.
     *
     * <p>{@code occurred_at} is the real time, not the office clock ({@code Today}): it is infrastructure time,
     * read beside PostgreSQL's own clock of {@code published_at} and the consumers' {@code processed_at},
     * and a run with the office clock moved to another day must not move it (as tokens keep the real time).
     */
    private List<UUID> insert(Collection<DomainEvent> events) {
        String traceparent = traceparent();
        List<UUID> ids = new ArrayList<>(events.size());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, topic, record_key, event_type, aggregate_type, aggregate_id,
                                              aggregate_version, payload, occurred_at, traceparent)
                    values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")) {
                for (DomainEvent event : events) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, event.topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.type());
                    insert.setString(5, event.aggregateType());
                    insert.setString(6, event.aggregateId());
                    insert.setLong(7, event.aggregateVersion());
                    insert.setString(8, json(event.data()));
                    insert.setObject(9, OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                    insert.setString(10, traceparent);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        ids.forEach(id -> appended.fire(new OutboxAppended(id)));
        return ids;
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
