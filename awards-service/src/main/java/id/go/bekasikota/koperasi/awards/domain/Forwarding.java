package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A winner forwarded as a nomination to the next round (province, then national), and the outcome
 * there. Part of its {@link Nomination}, which creates and changes it.
 */
@Entity
@Table(name = "forwarding")
public class Forwarding extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    public Nomination nomination;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public AwardLevel fromLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public AwardLevel toLevel;
    @Column(name = "forwarded_on")
    public LocalDate forwardedOn;
    @Column(name = "forwarded_by")
    public String forwardedBy;
    public String note;
    @Enumerated(EnumType.STRING)
    public ForwardingOutcome outcome;
    @Column(name = "outcome_rank")
    public Integer outcomeRank;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "outcome_note")
    public String outcomeNote;
    @Column(name = "outcome_recorded_by")
    public String outcomeRecordedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
