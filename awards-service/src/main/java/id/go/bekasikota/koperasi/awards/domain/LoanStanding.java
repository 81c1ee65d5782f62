package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What this service knows of one loan application, from financing's events only.
 * {@code aggregateVersion} is financing's aggregate version of the latest event applied: older
 * events are ignored.
 */
@Entity
@Table(name = "loan_standing")
public class LoanStanding extends PanacheEntityBase {

    public static final String DEFAULTED = "DEFAULTED";
    public static final String SETTLED = "SETTLED";
    private static final List<String> DISBURSED_STATES = List.of("DISBURSED", "REPAYING", SETTLED, DEFAULTED);

    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    public String state;
    /** The application became a loan (disbursed); applications never disbursed are not loans. */
    public boolean disbursed;
    /** The loan was DEFAULTED at some time, even if settled since. */
    @Column(name = "ever_defaulted")
    public boolean everDefaulted;
    /** The office date of the first event that showed the loan disbursed; null for rows from before it was kept. */
    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;
    /** The office date the loan first became DEFAULTED. */
    @Column(name = "first_defaulted_on")
    public LocalDate firstDefaultedOn;
    /** The office date the loan was SETTLED. */
    @Column(name = "settled_on")
    public LocalDate settledOn;
    @Column(name = "aggregate_version")
    public long aggregateVersion;
    @Column(name = "last_event_id")
    public String lastEventId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Applies a new state; false (and nothing changes) when the event is not newer than what is held. */
    public boolean apply(String newState, long eventVersion, String eventId, Instant now) {
        return apply(newState, eventVersion, eventId, null, now);
    }

    /**
     * Applies a new state that took effect on the office date {@code on} (null: unknown); false (and nothing changes)
     * when the event is not newer than what is held.
     */
    public boolean apply(String newState, long eventVersion, String eventId, LocalDate on, Instant now) {
        if (lastEventId != null && eventVersion <= aggregateVersion) {
            return false;
        }
        aggregateVersion = eventVersion;
        if (newState != null) {
            state = newState;
            if (DISBURSED_STATES.contains(newState)) {
                disbursed(on);
            }
            if (DEFAULTED.equals(newState)) {
                everDefaulted = true;
                firstDefaultedOn = firstDefaultedOn == null ? on : firstDefaultedOn;
            }
            if (SETTLED.equals(newState)) {
                settledOn = on;
            }
        }
        lastEventId = eventId;
        updatedAt = now;
        return true;
    }

    /** The loan was disbursed by {@code on} (a repayment proves it): the earliest such date is kept. */
    public void disbursed(LocalDate on) {
        if (!disbursed) {
            disbursed = true;
            disbursedOn = on;
        } else if (on != null && disbursedOn != null && on.isBefore(disbursedOn)) {
            disbursedOn = on;
        }
    }

    private boolean disbursedBy(LocalDate asOf) {
        return disbursed && (disbursedOn == null || !disbursedOn.isAfter(asOf));
    }

    private boolean defaultedBy(LocalDate asOf) {
        return everDefaulted && (firstDefaultedOn == null || !firstDefaultedOn.isAfter(asOf));
    }

    private boolean settledBy(LocalDate asOf) {
        return settledOn != null ? !settledOn.isAfter(asOf) : SETTLED.equals(state);
    }

    /** The loan record of a cooperative now, for the award rules (eligibility: no loan DEFAULTED now). */
    public static LoanRecord recordOf(UUID cooperativeId) {
        List<LoanStanding> loans = list("cooperativeId", cooperativeId);
        int disbursed = (int) loans.stream().filter(l -> l.disbursed).count();
        int defaulted = (int) loans.stream().filter(l -> DEFAULTED.equals(l.state)).count();
        int everDefaulted = (int) loans.stream().filter(l -> l.disbursed && l.everDefaulted).count();
        return new LoanRecord(disbursed, defaulted, everDefaulted);
    }

    /** The loan record of a cooperative as of an office date (a program's assessment date), for the computed indicators. */
    public static LoanRecord recordOf(UUID cooperativeId, LocalDate asOf) {
        return record(list("cooperativeId", cooperativeId), asOf);
    }

    /**
     * The record of {@code loans} as of {@code asOf}: those disbursed by then, those DEFAULTED by then (even if settled
     * since), those DEFAULTED then and not settled by then. A loan's turns after the date do not count; rows kept
     * before the dates were count as they did.
     */
    static LoanRecord record(List<LoanStanding> loans, LocalDate asOf) {
        int disbursed = (int) loans.stream().filter(l -> l.disbursedBy(asOf)).count();
        int everDefaulted = (int) loans.stream().filter(l -> l.disbursedBy(asOf) && l.defaultedBy(asOf)).count();
        int defaulted = (int) loans.stream().filter(l -> l.defaultedBy(asOf) && !l.settledBy(asOf)).count();
        return new LoanRecord(disbursed, defaulted, everDefaulted);
    }
}
