package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportFiled;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A cooperative in the register (koperasi). Its changes return the events they cause; the
 * service saves both in one transaction.
 */
@Entity
@Table(name = "cooperative")
public class Cooperative extends PanacheEntityBase {

    public static final String AGGREGATE = "cooperative";

    @Id
    public UUID id;
    @Version
    public long version;
    /** Nomor Induk Koperasi from the ministry's data system: digits, no meaning derived. */
    @Column(name = "cooperative_number")
    public String cooperativeNumber;
    public String name;
    /** Nomor badan hukum, old regional or AHU format: free text. */
    @Column(name = "legal_entity_number")
    public String legalEntityNumber;
    @Column(name = "legal_entity_date")
    public LocalDate legalEntityDate;
    @Enumerated(EnumType.STRING)
    public Jenis jenis;
    @Enumerated(EnumType.STRING)
    public Bentuk bentuk;
    @Enumerated(EnumType.STRING)
    public Kelompok kelompok;
    @Column(name = "kbli_code")
    public String kbliCode;
    @Column(name = "kbli_edition")
    public String kbliEdition;
    @Enumerated(EnumType.STRING)
    @Column(name = "savings_loan_scope")
    public SavingsLoanScope savingsLoanScope;
    public String address;
    @Column(name = "kecamatan_code")
    public String kecamatanCode;
    public String kelurahan;
    @Column(name = "founded_on")
    public LocalDate foundedOn;
    public String phone;
    public String email;
    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;
    @Column(name = "dissolution_legal_basis")
    public String dissolutionLegalBasis;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "cooperative", fetch = FetchType.LAZY)
    @OrderBy("financialYear, revision")
    public List<AnnualReport> annualReports = new ArrayList<>();

    /** Enters a new cooperative in the register. */
    public static List<DomainEvent> register(Cooperative cooperative) {
        cooperative.id = cooperative.id == null ? UUID.randomUUID() : cooperative.id;
        cooperative.createdAt = Instant.now();
        cooperative.updatedAt = cooperative.createdAt;
        return List.of(cooperative.event(EventTypes.COOPERATIVE_REGISTERED, 0,
                new CooperativeRegistered(cooperative.snapshot(0))));
    }

    /** Files a RAT report, or a correction of the year's report; the earlier revision is kept. */
    public List<DomainEvent> file(AnnualReport report, String filedBy) {
        AnnualReport previous = currentReport(report.financialYear);
        report.cooperative = this;
        report.revision = previous == null ? 1 : previous.revision + 1;
        report.current = true;
        report.filedAt = Instant.now();
        report.filedBy = filedBy;
        if (previous != null) {
            previous.current = false;
        }
        annualReports.add(report);
        updatedAt = report.filedAt;
        long next = version + 1;
        return List.of(event(EventTypes.ANNUAL_REPORT_FILED, next,
                new AnnualReportFiled(snapshot(next), report.financialYear, report.revision)));
    }

    public AnnualReport currentReport(int financialYear) {
        return annualReports.stream().filter(r -> r.current && r.financialYear == financialYear).findFirst().orElse(null);
    }

    public List<AnnualReport> currentReports() {
        return annualReports.stream().filter(r -> r.current)
                .sorted(Comparator.comparingInt(r -> r.financialYear)).toList();
    }

    public Standing standing(LocalDate asOf) {
        return StandingRules.evaluate(foundedOn, dissolvedOn, currentReports().stream().map(AnnualReport::summary).toList(), asOf);
    }

    /**
     * The public state carried by every event. {@code version} is the version the row will have
     * once the change commits (JPA increments it on flush).
     */
    public CooperativeSnapshot snapshot(long version) {
        return new CooperativeSnapshot(id, version, cooperativeNumber, name, jenis.name(), bentuk.name(), kelompok.name(),
                kbliCode, kecamatanCode, foundedOn, dissolvedOn,
                currentReports().stream().map(AnnualReport::summary).toList());
    }

    public DomainEvent event(String type, long aggregateVersion, Object data) {
        return new DomainEvent(Topics.REGISTRY_COOPERATIVE, type, AGGREGATE, id.toString(), aggregateVersion, id.toString(), data);
    }

    public List<AnnualReportSummary> reportSummaries() {
        return currentReports().stream().map(AnnualReport::summary).toList();
    }
}
