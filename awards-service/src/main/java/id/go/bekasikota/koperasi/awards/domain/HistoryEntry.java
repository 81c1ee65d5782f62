package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in the trail of a program or a nomination: who did what, when and why. Never changed once written. */
@Entity
@Table(name = "award_history")
public class HistoryEntry extends PanacheEntityBase {

    /** What happened. */
    public enum Action {
        PROGRAM_CREATED, PROGRAM_CHANGED, JUROR_ASSIGNED, JUROR_REMOVED, NOMINATIONS_CLOSED, SCORES_FINALISED, WINNERS_ANNOUNCED,
        NOMINATED, WITHDRAWN, CONFLICT_DECLARED, SCORED, FORWARDED, FORWARDING_OUTCOME_RECORDED
    }

    @Id
    public UUID id;
    /** Order of writing, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long sequence;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "nomination_id")
    public UUID nominationId;
    @Enumerated(EnumType.STRING)
    public Action action;
    public String actor;
    public Instant at;
    public String detail;

    public static HistoryEntry of(UUID programId, UUID nominationId, Action action, String actor, String detail) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.programId = programId;
        entry.nominationId = nominationId;
        entry.action = action;
        entry.actor = actor;
        entry.at = Instant.now();
        entry.detail = detail;
        return entry;
    }
}
