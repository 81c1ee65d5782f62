package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.registry.domain.AnnualReport;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.Kecamatan;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportView;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeView;
import id.go.bekasikota.koperasi.registry.rest.dto.StandingView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** API model <-> domain for cooperatives and their reports. */
@ApplicationScoped
public class CooperativeMapper {

    public void apply(CooperativeRequest request, Cooperative cooperative) {
        cooperative.cooperativeNumber = request.cooperativeNumber();
        cooperative.name = request.name().trim();
        cooperative.legalEntityNumber = request.legalEntityNumber();
        cooperative.legalEntityDate = request.legalEntityDate();
        cooperative.jenis = request.jenis();
        cooperative.bentuk = request.bentuk();
        cooperative.kelompok = request.kelompok();
        cooperative.kbliCode = request.kbliCode();
        cooperative.kbliEdition = request.kbliEdition();
        cooperative.savingsLoanScope = request.savingsLoanScope();
        cooperative.address = request.address();
        cooperative.kecamatanCode = request.kecamatanCode();
        cooperative.kelurahan = request.kelurahan();
        cooperative.foundedOn = request.foundedOn();
        cooperative.phone = request.phone();
        cooperative.email = request.email();
    }

    /** @param withContact false for the public view */
    public CooperativeView toView(Cooperative c, Standing standing, boolean withContact) {
        return new CooperativeView(c.id, c.cooperativeNumber, c.name, c.legalEntityNumber, c.legalEntityDate,
                c.jenis.name(), c.bentuk.name(), c.kelompok.name(), c.kbliCode, c.kbliEdition,
                c.savingsLoanScope == null ? null : c.savingsLoanScope.name(), c.address, c.kecamatanCode,
                Kecamatan.byCode(c.kecamatanCode).map(Kecamatan::displayName).orElse(null), c.kelurahan, c.foundedOn,
                withContact ? c.phone : null, withContact ? c.email : null, c.dissolvedOn,
                standing.status().name(), standing.grade().name(), c.createdAt, c.updatedAt, c.version);
    }

    public AnnualReport toReport(AnnualReportRequest request) {
        AnnualReport report = new AnnualReport();
        report.financialYear = request.financialYear();
        report.meetingDate = request.meetingDate();
        report.membersMale = request.membersMale();
        report.membersFemale = request.membersFemale();
        report.employees = request.employees();
        report.ownCapital = request.ownCapital();
        report.externalCapital = request.externalCapital();
        report.assets = request.assets();
        report.turnover = request.turnover();
        report.surplus = request.surplus();
        return report;
    }

    public AnnualReportView toView(AnnualReport r, UUID cooperativeId) {
        return new AnnualReportView(r.id, cooperativeId, r.financialYear, r.revision, r.current, r.meetingDate,
                r.membersMale, r.membersFemale, r.employees, r.ownCapital, r.externalCapital, r.assets, r.turnover,
                r.surplus, r.filedAt, r.filedBy);
    }

    public StandingView toView(UUID cooperativeId, Standing s) {
        return new StandingView(cooperativeId, s.asOf(), s.latestDueYear(), s.status().name(), s.grade().name(),
                s.newCooperative(), s.dissolutionCandidate(), s.reportedWindowYears(), s.reasons());
    }
}
