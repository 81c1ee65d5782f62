package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
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
    @Column(name = "aggregate_version")
    public long aggregateVersion;
    @Column(name = "last_event_id")
    public String lastEventId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Applies a new state; false (and nothing changes) when the event is not newer than what is held. */
    public boolean apply(String newState, long eventVersion, String eventId, Instant now) {
        if (lastEventId != null && eventVersion <= aggregateVersion) {
            return false;
        }
        aggregateVersion = eventVersion;
        if (newState != null) {
            state = newState;
            disbursed |= DISBURSED_STATES.contains(newState);
            everDefaulted |= DEFAULTED.equals(newState);
        }
        lastEventId = eventId;
        updatedAt = now;
        return true;
    }

    /** The loan record of a cooperative for the award rules. */
    public static LoanRecord recordOf(UUID cooperativeId) {
        List<LoanStanding> loans = list("cooperativeId", cooperativeId);
        int disbursed = (int) loans.stream().filter(l -> l.disbursed).count();
        int defaulted = (int) loans.stream().filter(l -> DEFAULTED.equals(l.state)).count();
        int everDefaulted = (int) loans.stream().filter(l -> l.disbursed && l.everDefaulted).count();
        return new LoanRecord(disbursed, defaulted, everDefaulted);
    }
}
