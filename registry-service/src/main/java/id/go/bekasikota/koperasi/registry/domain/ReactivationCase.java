package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
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

    /**
     * The latest visits a case's view shows (all of them are paged at its {@code /visits}): a case stays open until a
     * report or a dissolution closes it, and visits add up without end meanwhile. 20 is more than a year and a half of
     * monthly visits, so an ordinary case shows whole.
     */
    public static final int LATEST_VISITS_SHOWN = 20;

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

    /**
     * Opens a case for a cooperative that stands as given today: only a dormant (INACTIVE) one is
     * reactivated; for any other it is an illegal transition (409 naming its status).
     */
    public static ReactivationCase open(UUID cooperativeId, Standing standing, String reason, Actor officer, LocalDate today, Instant now) {
        if (standing.status() != ActivityStatus.INACTIVE) {
            throw ProblemException.illegalTransitionBecause(Text.of("registry.reactivation.open-not-inactive", standing.status()),
                    standing.status().name());
        }
        ReactivationCase c = new ReactivationCase();
        c.id = UUID.randomUUID();
        c.cooperativeId = cooperativeId;
        c.status = Status.OPEN;
        c.openedOn = today;
        c.openedBy = officer.subject();
        c.reason = reason;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    public static Optional<ReactivationCase> openFor(UUID cooperativeId) {
        return find("cooperativeId = ?1 and status = ?2", cooperativeId, Status.OPEN).firstResultOptional();
    }

    /**
     * Records a visit on an open case (a closed one is an illegal transition), on a day from the
     * case's opening to today (else a 400 naming {@code visitedOn}).
     */
    public void recordVisit(LocalDate visitedOn, String notes, String nextSteps, Actor officer, LocalDate today, Instant now) {
        if (!isOpen()) {
            throw ProblemException.illegalTransition(Text.of("registry.reactivation.visit-closed"), status.name());
        }
        if (visitedOn.isBefore(openedOn)) {
            throw ProblemException.invalid("visitedOn", Text.of("registry.reactivation.visit-before-opened", openedOn));
        }
        if (visitedOn.isAfter(today)) {
            throw ProblemException.invalid("visitedOn", Text.of("registry.date.future"));
        }
        visits.add(new ReactivationVisit(visitedOn, notes, nextSteps, officer.subject(), now));
        updatedAt = now;
    }

    /**
     * Closes the open case once the cooperative no longer needs it: REACTIVATED when it became
     * ACTIVE, DISSOLVED when it was dissolved; while it is INACTIVE the case stays open.
     *
     * @return whether the case closed
     */
    /**
     * Whether a cooperative is shown under reactivation: a case open on the date and the cooperative
     * INACTIVE on it, as the dashboard counts it. A case still open for a cooperative a report filed
     * later shows ACTIVE on that date (its meeting held before), or a dissolution dated before it,
     * flags nothing there.
     */
    public static boolean flags(ActivityStatus status, boolean caseOpen) {
        return caseOpen && status == ActivityStatus.INACTIVE;
    }

    public boolean closeIfSettled(ActivityStatus status, LocalDate today, Actor actor, Instant now) {
        if (!isOpen() || status == ActivityStatus.INACTIVE) {
            return false;
        }
        this.status = Status.CLOSED;
        closedOn = today;
        outcome = status == ActivityStatus.ACTIVE ? Outcome.REACTIVATED : Outcome.DISSOLVED;
        closedBy = actor.subject();
        updatedAt = now;
        return true;
    }

    /** The latest {@link #LATEST_VISITS_SHOWN} visits, in the order they were recorded (all of them when fewer). */
    public List<ReactivationVisit> latestVisits() {
        return List.copyOf(visits.subList(Math.max(0, visits.size() - LATEST_VISITS_SHOWN), visits.size()));
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
