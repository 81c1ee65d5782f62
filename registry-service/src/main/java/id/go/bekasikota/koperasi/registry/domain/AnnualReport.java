package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The report of an annual members' meeting (RAT) for one financial year. A correction is a new
 * revision; only the current one counts.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cooperative_id")
    public Cooperative cooperative;
    @Column(name = "financial_year")
    public int financialYear;
    public int revision;
    public boolean current;
    @Column(name = "meeting_date")
    public LocalDate meetingDate;
    @Column(name = "members_male")
    public int membersMale;
    @Column(name = "members_female")
    public int membersFemale;
    public int employees;
    @Column(name = "own_capital")
    public long ownCapital;
    @Column(name = "external_capital")
    public long externalCapital;
    public long assets;
    public long turnover;
    /** SHU (sisa hasil usaha); negative is a loss. */
    public long surplus;
    @Column(name = "filed_at")
    public Instant filedAt;
    @Column(name = "filed_by")
    public String filedBy;

    /** The figures this report was filed with. */
    public AnnualReportFiling filing() {
        return new AnnualReportFiling(financialYear, meetingDate, membersMale, membersFemale, employees, ownCapital, externalCapital,
                assets, turnover, surplus);
    }

    /** A new report with the filed figures; {@link Cooperative#file} makes it the year's current revision. */
    static AnnualReport of(AnnualReportFiling filing) {
        AnnualReport report = new AnnualReport();
        report.financialYear = filing.financialYear();
        report.meetingDate = filing.meetingDate();
        report.membersMale = filing.membersMale();
        report.membersFemale = filing.membersFemale();
        report.employees = filing.employees();
        report.ownCapital = filing.ownCapital();
        report.externalCapital = filing.externalCapital();
        report.assets = filing.assets();
        report.turnover = filing.turnover();
        report.surplus = filing.surplus();
        return report;
    }

    public AnnualReportSummary summary() {
        return new AnnualReportSummary(financialYear, meetingDate, membersMale, membersFemale, employees,
                ownCapital, externalCapital, assets, turnover, surplus);
    }
}
