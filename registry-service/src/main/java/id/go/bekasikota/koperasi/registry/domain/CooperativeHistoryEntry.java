package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.CooperativeUpdated;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a cooperative's history: who registered, changed or dissolved it, in which role, when, at which version,
 * and which fields a change touched (their names, never their values: the board's identity numbers stay in the
 * cooperative's own row, and a history kept for good does not copy them). Appended by the write in its transaction
 * ({@link CooperativeWrite}); never changed. A cooperative registered before the history was kept has one line without
 * an actor.
 */
@Entity
@Table(name = "cooperative_history")
public class CooperativeHistoryEntry extends PanacheEntityBase {

    /** What a write did to the cooperative. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CooperativeHistoryAction")
    public enum Action {
        /** Entered in the register (by an officer, or by an import). */
        REGISTERED,
        /** Its registered data changed (a full or partial update, or an import's row). */
        UPDATED,
        /** Its dissolution recorded. */
        DISSOLVED
    }

    @Id
    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
    public Long id;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    @Column(name = "cooperative_version")
    /** Null for a dissolution recorded before the history was kept. */
    public Long cooperativeVersion;
    @Enumerated(EnumType.STRING)
    public Action action;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    public String[] changedFields;
    public String actor;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "import_id")
    public UUID importId;
    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** The fields an {@code updated} event among {@code events} names as changed; none without one. */
    public static List<String> changedFields(List<DomainEvent> events) {
        return events.stream().map(DomainEvent::data).filter(CooperativeUpdated.class::isInstance).map(CooperativeUpdated.class::cast)
                .findFirst().map(CooperativeUpdated::changedFields).orElse(List.of());
    }
}
