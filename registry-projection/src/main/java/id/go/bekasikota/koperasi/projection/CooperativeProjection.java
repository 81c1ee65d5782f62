package id.go.bekasikota.koperasi.projection;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a registered cooperative, from the registry's events only. The
 * {@code version} is the registry's aggregate version: older events are ignored.
 */
@Entity
@Table(name = "cooperative_projection")
public class CooperativeProjection extends PanacheEntityBase {

    @Id
    public UUID id;
    public long version;
    @Column(name = "cooperative_number")
    public String cooperativeNumber;
    public String name;
    public String jenis;
    public String bentuk;
    public String kelompok;
    @Column(name = "kbli_code")
    public String kbliCode;
    @Column(name = "kecamatan_code")
    public String kecamatanCode;
    @Column(name = "founded_on")
    public LocalDate foundedOn;
    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "annual_reports")
    public List<AnnualReportSummary> annualReports = new ArrayList<>();
    @Column(name = "last_event_id")
    public String lastEventId;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<CooperativeProjection> find(UUID id) {
        return findByIdOptional(id);
    }

    /** Status and grade as of a date, by the registry's own published rules. */
    public Standing standing(LocalDate asOf) {
        return StandingRules.evaluate(foundedOn, dissolvedOn, annualReports, asOf);
    }

    /** The report for a financial year, if one was filed. */
    public Optional<AnnualReportSummary> report(int financialYear) {
        return annualReports.stream().filter(r -> r.financialYear() == financialYear).findFirst();
    }

    /** Applies a snapshot; false (and nothing changes) when it is not newer than what is held. */
    public boolean apply(CooperativeSnapshot snapshot, String eventId) {
        if (snapshot.version() <= version && lastEventId != null) {
            return false;
        }
        version = snapshot.version();
        cooperativeNumber = snapshot.cooperativeNumber();
        name = snapshot.name();
        jenis = snapshot.jenis();
        bentuk = snapshot.bentuk();
        kelompok = snapshot.kelompok();
        kbliCode = snapshot.kbliCode();
        kecamatanCode = snapshot.kecamatanCode();
        foundedOn = snapshot.foundedOn();
        dissolvedOn = snapshot.dissolvedOn();
        annualReports = new ArrayList<>(snapshot.annualReports());
        lastEventId = eventId;
        updatedAt = Instant.now();
        return true;
    }
}
