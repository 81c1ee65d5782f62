package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportFiled;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeDissolved;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeGradeChanged;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeStatusChanged;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeUpdated;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

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
    @Column(name = "latest_report_year")
    public Integer latestReportYear;
    @Column(name = "latest_members")
    public Integer latestMembers;
    @Column(name = "latest_assets")
    public Long latestAssets;
    /** The status last published; a re-evaluation that changes nothing registered does not bump the version. */
    @OptimisticLock(excluded = true)
    @Column(name = "last_status")
    public String lastStatus;
    @OptimisticLock(excluded = true)
    @Column(name = "last_grade")
    public String lastGrade;
    @OptimisticLock(excluded = true)
    @Column(name = "last_evaluated_on")
    public LocalDate lastEvaluatedOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Pengurus. */
    @ElementCollection
    @CollectionTable(name = "cooperative_board_member", joinColumns = @JoinColumn(name = "cooperative_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 100)
    public List<OfficeHolder> board = new ArrayList<>();
    /** Pengawas. */
    @ElementCollection
    @CollectionTable(name = "cooperative_supervisor", joinColumns = @JoinColumn(name = "cooperative_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 100)
    public List<OfficeHolder> supervisors = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "cooperative_branch", joinColumns = @JoinColumn(name = "cooperative_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 100)
    public List<Branch> branches = new ArrayList<>();

    @OneToMany(mappedBy = "cooperative", fetch = FetchType.LAZY)
    @OrderBy("financialYear, revision")
    @BatchSize(size = 100)
    public List<AnnualReport> annualReports = new ArrayList<>();

    /** Enters a new cooperative in the register; its first standing is the one later changes are compared with. */
    public static List<DomainEvent> register(Cooperative cooperative, LocalDate today) {
        cooperative.id = cooperative.id == null ? UUID.randomUUID() : cooperative.id;
        cooperative.createdAt = Instant.now();
        cooperative.updatedAt = cooperative.createdAt;
        Standing standing = cooperative.standing(today);
        cooperative.lastStatus = standing.status().name();
        cooperative.lastGrade = standing.grade().name();
        cooperative.lastEvaluatedOn = today;
        return List.of(cooperative.event(EventTypes.COOPERATIVE_REGISTERED, 0,
                new CooperativeRegistered(cooperative.snapshot(0))));
    }

    /**
     * Records that the registered data changed (the caller applied the new values).
     *
     * @param changedFields the API fields that changed; none means nothing is published
     */
    public List<DomainEvent> updated(List<String> changedFields) {
        if (changedFields.isEmpty()) {
            return List.of();
        }
        updatedAt = Instant.now();
        long next = version + 1;
        return List.of(event(EventTypes.COOPERATIVE_UPDATED, next, new CooperativeUpdated(snapshot(next), List.copyOf(changedFields))));
    }

    /**
     * Makes the year's current report an earlier revision, ahead of filing a correction; the
     * caller flushes this before the correction is inserted (one current report per year).
     *
     * @return whether there was one
     */
    public boolean retireCurrentReport(int financialYear) {
        AnnualReport previous = currentReport(financialYear);
        if (previous != null) {
            previous.current = false;
        }
        return previous != null;
    }

    /** Files a RAT report, or a correction of the year's report; the earlier revisions are kept. */
    public List<DomainEvent> file(AnnualReport report, String filedBy) {
        retireCurrentReport(report.financialYear);
        report.cooperative = this;
        report.revision = 1 + annualReports.stream().filter(r -> r.financialYear == report.financialYear)
                .mapToInt(r -> r.revision).max().orElse(0);
        report.current = true;
        report.filedAt = Instant.now();
        report.filedBy = filedBy;
        annualReports.add(report);
        refreshLatestReport();
        updatedAt = report.filedAt;
        long next = version + 1;
        return List.of(event(EventTypes.ANNUAL_REPORT_FILED, next,
                new AnnualReportFiled(snapshot(next), report.financialYear, report.revision)));
    }

    /** Dissolves the cooperative (pembubaran) on a date, under a legal basis. */
    public List<DomainEvent> dissolve(LocalDate on, String legalBasis) {
        dissolvedOn = on;
        dissolutionLegalBasis = legalBasis;
        updatedAt = Instant.now();
        long next = version + 1;
        return List.of(event(EventTypes.COOPERATIVE_DISSOLVED, next, new CooperativeDissolved(snapshot(next), on, legalBasis)));
    }

    /**
     * Compares the standing as of {@code today} with the one last published and returns the
     * {@code status-changed} / {@code grade-changed} events of the difference. The grade of a
     * dissolved cooperative is no longer followed.
     *
     * @param eventVersion the version the row has once the surrounding transaction commits
     */
    public List<DomainEvent> publishStandingChanges(LocalDate today, long eventVersion) {
        Standing now = standing(today);
        List<DomainEvent> events = new ArrayList<>();
        String status = now.status().name();
        String grade = now.grade().name();
        if (!status.equals(lastStatus)) {
            events.add(event(EventTypes.COOPERATIVE_STATUS_CHANGED, eventVersion,
                    new CooperativeStatusChanged(snapshot(eventVersion), lastStatus, status, today)));
            lastStatus = status;
        }
        if (now.status() != ActivityStatus.DISSOLVED && !grade.equals(lastGrade)) {
            events.add(event(EventTypes.COOPERATIVE_GRADE_CHANGED, eventVersion,
                    new CooperativeGradeChanged(snapshot(eventVersion), lastGrade, grade, today)));
            lastGrade = grade;
        }
        lastEvaluatedOn = today;
        return events;
    }

    public AnnualReport currentReport(int financialYear) {
        return annualReports.stream().filter(r -> r.current && r.financialYear == financialYear).findFirst().orElse(null);
    }

    public List<AnnualReport> currentReports() {
        return annualReports.stream().filter(r -> r.current)
                .sorted(Comparator.comparingInt(r -> r.financialYear)).toList();
    }

    public Standing standing(LocalDate asOf) {
        return StandingRules.evaluate(foundedOn, dissolvedOn, reportSummaries(), asOf);
    }

    /** Loads the lists inside the transaction, for views mapped after it. */
    public void loadDetails() {
        board.size();
        supervisors.size();
        branches.size();
        annualReports.size();
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    /**
     * The public state carried by every event. {@code version} is the version the row will have
     * once the change commits (JPA increments it on flush).
     */
    public CooperativeSnapshot snapshot(long version) {
        return new CooperativeSnapshot(id, version, cooperativeNumber, name, jenis.name(), bentuk.name(), kelompok.name(),
                kbliCode, kecamatanCode, foundedOn, dissolvedOn, reportSummaries());
    }

    public DomainEvent event(String type, long aggregateVersion, Object data) {
        return new DomainEvent(Topics.REGISTRY_COOPERATIVE, type, AGGREGATE, id.toString(), aggregateVersion, id.toString(), data);
    }

    public List<AnnualReportSummary> reportSummaries() {
        return currentReports().stream().map(AnnualReport::summary).toList();
    }

    private void refreshLatestReport() {
        AnnualReport latest = currentReports().stream().max(Comparator.comparingInt(r -> r.financialYear)).orElse(null);
        latestReportYear = latest == null ? null : latest.financialYear;
        latestMembers = latest == null ? null : latest.membersMale + latest.membersFemale;
        latestAssets = latest == null ? null : latest.assets;
    }
}
