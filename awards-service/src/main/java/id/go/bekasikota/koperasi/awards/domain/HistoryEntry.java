package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One step in the trail of a program or one of its nominations: who did what, in which role,
 * when and why. Written by the aggregate whose change it records; never changed once written.
 */
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
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public AwardProgram program;
    /** Null for a step of the program itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id")
    public Nomination nomination;
    @Column(name = "program_id", insertable = false, updatable = false)
    public UUID programId;
    @Column(name = "nomination_id", insertable = false, updatable = false)
    public UUID nominationId;
    @Enumerated(EnumType.STRING)
    public Action action;
    /** The token subject. */
    public String actor;
    /** In which capacity ({@code officer}, {@code juror}, {@code cooperative}); empty on entries written before it was kept. */
    @Column(name = "actor_role")
    public String actorRole;
    public Instant at;
    public String detail;

    static HistoryEntry of(AwardProgram program, Nomination nomination, Action action, Actor actor, String detail, Instant at) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.program = program;
        entry.programId = program.id;
        entry.nomination = nomination;
        entry.nominationId = nomination == null ? null : nomination.id;
        entry.action = action;
        entry.actor = actor.subject();
        entry.actorRole = actor.role().label();
        entry.at = at;
        entry.detail = detail;
        return entry;
    }
}
