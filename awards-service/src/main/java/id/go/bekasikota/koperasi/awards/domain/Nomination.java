package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A cooperative nominated for an award program. {@code revision} is the aggregate version of its
 * events (one more with every event); {@code version} guards concurrent updates.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    public long revision;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    @Column(name = "cooperative_number")
    public String cooperativeNumber;
    @Column(name = "cooperative_name")
    public String cooperativeName;
    @Enumerated(EnumType.STRING)
    public NominationState state;
    public String statement;
    @Column(name = "nominated_by")
    public String nominatedBy;
    @Column(name = "nominated_by_role")
    public String nominatedByRole;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    /** Every eligibility check as it stood at the nomination. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AwardEligibility.Check> eligibility = new ArrayList<>();
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    /** Fixed when the program's scores are finalised. */
    public Integer rank;
    @Column(name = "total_score")
    public BigDecimal totalScore;
    public Boolean winner;
    @JdbcTypeCode(SqlTypes.JSON)
    public ScoreBreakdown result;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean active() {
        return state == NominationState.SUBMITTED;
    }

    /** The aggregate version of the next event about this nomination. */
    public long nextRevision() {
        revision++;
        updatedAt = Instant.now();
        return revision;
    }

    public boolean won() {
        return Boolean.TRUE.equals(winner);
    }
}
