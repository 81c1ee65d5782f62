package id.go.bekasikota.koperasi.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The office's effort to bring a dormant ("mati suri") cooperative back to activity: visits and
 * notes until a RAT report makes it ACTIVE again (the case then closes by itself), or it is
 * dissolved. While a case is open the cooperative stays INACTIVE, flagged as under reactivation.
 */
@Entity
@Table(name = "reactivation_case")
public class ReactivationCase extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    public enum Outcome {
        /** A filed report made the cooperative ACTIVE. */
        REACTIVATED,
        /** The cooperative was dissolved instead. */
        DISSOLVED
    }

    @Id
    public UUID id;
    @Version
    public long version;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "opened_on")
    public LocalDate openedOn;
    @Column(name = "opened_by")
    public String openedBy;
    public String reason;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Column(name = "closed_by")
    public String closedBy;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "reactivation_visit", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "ordinal")
    public List<ReactivationVisit> visits = new ArrayList<>();

    public static ReactivationCase open(UUID cooperativeId, LocalDate today, String reason, String officer) {
        ReactivationCase c = new ReactivationCase();
        c.id = UUID.randomUUID();
        c.cooperativeId = cooperativeId;
        c.status = Status.OPEN;
        c.openedOn = today;
        c.openedBy = officer;
        c.reason = reason;
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        return c;
    }

    public static Optional<ReactivationCase> openFor(UUID cooperativeId) {
        return find("cooperativeId = ?1 and status = ?2", cooperativeId, Status.OPEN).firstResultOptional();
    }

    public void record(ReactivationVisit visit) {
        visits.add(visit);
        updatedAt = Instant.now();
    }

    public void close(LocalDate on, Outcome outcome, String by) {
        status = Status.CLOSED;
        closedOn = on;
        this.outcome = outcome;
        closedBy = by;
        updatedAt = Instant.now();
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
