package id.go.bekasikota.koperasi.registry.domain;

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
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
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
 * A cooperative in the register (koperasi). Its changes enforce their rules
 * ({@link CooperativeRules}, {@link AnnualReportRules}, {@link Dissolution}) and return the events
 * they cause; the service saves both in one transaction. Dates and instants are handed in: the
 * domain reads no clock.
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
    /** Who recorded the dissolution (a subject), and when: null for one recorded before they were kept. */
    @Column(name = "dissolved_by")
    public String dissolvedBy;
    @Column(name = "dissolution_recorded_at")
    public Instant dissolutionRecordedAt;
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

    /** A cooperative entered in the register, with the event that says so. */
    public record Registered(Cooperative cooperative, List<DomainEvent> events) {
    }

    /** A RAT report filed (or corrected), with the event that says so; the service saves the report. */
    public record Filed(AnnualReport report, List<DomainEvent> events) {

        /** Nothing was filed: the report given is the current one, unchanged. */
        public boolean unchanged() {
            return events.isEmpty();
        }
    }

    /**
     * Enters a new cooperative in the register, if its data keeps the {@link CooperativeRules}; its
     * first standing is the one later changes are compared with.
     */
    public static Registered register(CooperativeData data, LocalDate today, Instant now) {
        CooperativeRules.require(data, today);
        Cooperative cooperative = new Cooperative();
        cooperative.id = UUID.randomUUID();
        cooperative.apply(data);
        cooperative.createdAt = now;
        cooperative.updatedAt = now;
        Standing standing = cooperative.standing(today);
        cooperative.lastStatus = standing.status().name();
        cooperative.lastGrade = standing.grade().name();
        cooperative.lastEvaluatedOn = today;
        return new Registered(cooperative, List.of(cooperative.event(EventTypes.COOPERATIVE_REGISTERED, 0,
                new CooperativeRegistered(cooperative.snapshot(0)))));
    }

    /** The registered data as it stands: what a full update would send to change nothing. */
    public CooperativeData data() {
        return new CooperativeData(cooperativeNumber, name, legalEntityNumber, legalEntityDate, jenis, bentuk, kelompok,
                kbliCode, kbliEdition, savingsLoanScope, address, kecamatanCode, kelurahan, foundedOn, phone, email,
                board.stream().map(OfficeHolder::person).toList(), supervisors.stream().map(OfficeHolder::person).toList(),
                branches.stream().map(Branch::office).toList());
    }

    /**
     * Every rule replacing the registered data by {@code data} would break, as field errors: the
     * {@link CooperativeRules}, and a founding kept before the cooperative's own history (the same
     * rules that refuse a report for a year before the founding and a dissolution before it): not in
     * a year after its earliest RAT report's financial year, not after its dissolution.
     */
    public List<InvalidField> checkChange(CooperativeData data, LocalDate today) {
        List<InvalidField> errors = new ArrayList<>(CooperativeRules.check(data, today));
        LocalDate founded = data.foundedOn();
        if (founded == null || founded.equals(foundedOn)) {
            return errors;
        }
        if (dissolvedOn != null && founded.isAfter(dissolvedOn)) {
            errors.add(InvalidField.of("foundedOn", "registry.cooperative.founded-after-dissolved", dissolvedOn));
        }
        annualReports.stream().mapToInt(r -> r.financialYear).min()
                .ifPresent(first -> {
                    if (founded.getYear() > first) {
                        errors.add(InvalidField.of("foundedOn", "registry.cooperative.founded-after-report", first));
                    }
                });
        return errors;
    }

    /**
     * Replaces the registered data, if the new data keeps the rules of {@link #checkChange}: publishes
     * {@code updated} naming the fields that changed, or nothing (and changes nothing) when none did.
     */
    public List<DomainEvent> change(CooperativeData data, LocalDate today, Instant now) {
        List<InvalidField> errors = checkChange(data, today);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        List<String> changed = data.changedFrom(data());
        if (changed.isEmpty()) {
            return List.of();
        }
        apply(data);
        updatedAt = now;
        long aggregateVersion = nextAggregateVersion();
        return List.of(event(EventTypes.COOPERATIVE_UPDATED, aggregateVersion,
                new CooperativeUpdated(snapshot(aggregateVersion), changed)));
    }

    /**
     * Files the RAT report of a financial year that has none, if the {@link AnnualReportRules} allow
     * it. A year filed already is refused ({@code duplicate}, naming its current report): a later
     * filing of it is a {@link #correct correction}, which names the revision it replaces, so that two
     * clerks working on one year never overwrite each other unseen.
     */
    public Filed file(AnnualReportFiling filing, Actor actor, LocalDate today, Instant now) {
        requireRules(filing, today);
        AnnualReport filed = currentReport(filing.financialYear());
        if (filed != null) {
            throw ProblemException.duplicate(Text.of("registry.report.filed-already", filing.financialYear(), filed.revision),
                    filed.id.toString());
        }
        return record(filing, actor, now);
    }

    /**
     * Corrects the RAT report of a financial year, if the {@link AnnualReportRules} allow the new
     * figures and the year has fewer than {@link AnnualReportRules#MAX_REVISIONS} revisions: a new
     * revision becomes the current one, the earlier ones are kept. The year's current
     * revision is retired here: the caller writes that change before it saves the new report (one
     * current report per year), and has checked that it is the revision the correction was made from.
     */
    public Filed correct(AnnualReportFiling filing, Actor actor, LocalDate today, Instant now) {
        requireRules(filing, today);
        // The same figures again (a form saved without an edit): nothing to correct, no revision spent of the year's 20.
        AnnualReport current = currentReport(filing.financialYear());
        if (current != null && current.filing().equals(filing)) {
            return new Filed(current, List.of());
        }
        AnnualReportRules.requireCorrectable(filing.financialYear(), revisions(filing.financialYear()));
        retireCurrentReport(filing.financialYear());
        return record(filing, actor, now);
    }

    /** How many revisions the year's report has (its latest revision's number); 0 for a year never filed. */
    private int revisions(int financialYear) {
        return annualReports.stream().filter(r -> r.financialYear == financialYear).mapToInt(r -> r.revision).max().orElse(0);
    }

    private void requireRules(AnnualReportFiling filing, LocalDate today) {
        AnnualReportRules.requireNotDissolved(dissolvedOn);
        List<InvalidField> errors = AnnualReportRules.check(filing, foundedOn, today);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private Filed record(AnnualReportFiling filing, Actor actor, Instant now) {
        int year = filing.financialYear();
        AnnualReport report = AnnualReport.of(filing);
        report.cooperative = this;
        report.revision = 1 + revisions(year);
        report.current = true;
        report.filedAt = now;
        report.filedBy = actor.subject();
        annualReports.add(report);
        refreshLatestReport();
        updatedAt = now;
        long aggregateVersion = nextAggregateVersion();
        return new Filed(report, List.of(event(EventTypes.ANNUAL_REPORT_FILED, aggregateVersion,
                new AnnualReportFiled(snapshot(aggregateVersion), year, report.revision))));
    }

    /** Dissolves the cooperative (pembubaran), if the {@link Dissolution} is allowed for it, recording who and when. */
    public List<DomainEvent> dissolve(Dissolution dissolution, Actor actor, LocalDate today, Instant now) {
        dissolution.requireAllowed(foundedOn, dissolvedOn, today);
        dissolvedOn = dissolution.dissolvedOn();
        dissolutionLegalBasis = dissolution.legalBasis();
        dissolvedBy = actor.subject();
        dissolutionRecordedAt = now;
        updatedAt = now;
        long aggregateVersion = nextAggregateVersion();
        return List.of(event(EventTypes.COOPERATIVE_DISSOLVED, aggregateVersion,
                new CooperativeDissolved(snapshot(aggregateVersion), dissolvedOn, dissolutionLegalBasis)));
    }

    /**
     * Compares the standing as of {@code today} with the one last published and returns the
     * {@code status-changed} / {@code grade-changed} events of the difference. The grade of a
     * dissolved cooperative is no longer followed.
     *
     * @param aggregateVersion the version the row has once the surrounding transaction commits
     */
    public List<DomainEvent> publishStandingChanges(LocalDate today, long aggregateVersion) {
        Standing now = standing(today);
        List<DomainEvent> events = new ArrayList<>();
        String status = now.status().name();
        String grade = now.grade().name();
        if (!status.equals(lastStatus)) {
            events.add(event(EventTypes.COOPERATIVE_STATUS_CHANGED, aggregateVersion,
                    new CooperativeStatusChanged(snapshot(aggregateVersion), lastStatus, status, today)));
            lastStatus = status;
        }
        if (now.status() != ActivityStatus.DISSOLVED && !grade.equals(lastGrade)) {
            events.add(event(EventTypes.COOPERATIVE_GRADE_CHANGED, aggregateVersion,
                    new CooperativeGradeChanged(snapshot(aggregateVersion), lastGrade, grade, today)));
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

    /**
     * Where the cooperative stands as of a date, by {@link StandingRules}. Before the founding date
     * it was not in the register: ask {@link #foundedBy} first where such a date can come in.
     */
    public Standing standing(LocalDate asOf) {
        return StandingRules.evaluate(foundedOn, dissolvedOn, reportSummaries(), asOf);
    }

    /** Whether the cooperative existed on the date: the dashboard counts it from its founding day on. */
    public boolean foundedBy(LocalDate date) {
        return !foundedOn.isAfter(date);
    }

    /**
     * The aggregate version of the events of a change made in this transaction: the version the row
     * has once the change is written (JPA increments it on flush).
     */
    public long nextAggregateVersion() {
        return version + 1;
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

    private void retireCurrentReport(int financialYear) {
        AnnualReport previous = currentReport(financialYear);
        if (previous != null) {
            previous.current = false;
        }
    }

    private void apply(CooperativeData data) {
        cooperativeNumber = data.cooperativeNumber();
        name = data.name();
        legalEntityNumber = data.legalEntityNumber();
        legalEntityDate = data.legalEntityDate();
        jenis = data.jenis();
        bentuk = data.bentuk();
        kelompok = data.kelompok();
        kbliCode = data.kbliCode();
        kbliEdition = data.kbliEdition();
        savingsLoanScope = data.savingsLoanScope();
        address = data.address();
        kecamatanCode = data.kecamatanCode();
        kelurahan = data.kelurahan();
        foundedOn = data.foundedOn();
        phone = data.phone();
        email = data.email();
        // The persistent collections are kept and refilled: Hibernate tracks them.
        board.clear();
        data.board().forEach(person -> board.add(new OfficeHolder(person)));
        supervisors.clear();
        data.supervisors().forEach(person -> supervisors.add(new OfficeHolder(person)));
        branches.clear();
        data.branches().forEach(office -> branches.add(new Branch(office)));
    }

    private void refreshLatestReport() {
        AnnualReport latest = currentReports().stream().max(Comparator.comparingInt(r -> r.financialYear)).orElse(null);
        latestReportYear = latest == null ? null : latest.financialYear;
        latestMembers = latest == null ? null : latest.membersMale + latest.membersFemale;
        latestAssets = latest == null ? null : latest.assets;
    }
}
