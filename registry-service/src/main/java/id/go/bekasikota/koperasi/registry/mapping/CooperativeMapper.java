package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.registry.domain.AnnualReport;
import id.go.bekasikota.koperasi.registry.domain.Branch;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.registry.domain.Kecamatan;
import id.go.bekasikota.koperasi.registry.domain.OfficeHolder;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportView;
import id.go.bekasikota.koperasi.registry.rest.dto.BranchData;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeView;
import id.go.bekasikota.koperasi.registry.rest.dto.OfficeHolderData;
import id.go.bekasikota.koperasi.registry.rest.dto.ReactivationCaseView;
import id.go.bekasikota.koperasi.registry.rest.dto.StandingView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** API model <-> domain for cooperatives, their reports, standing and reactivation cases. */
@ApplicationScoped
public class CooperativeMapper {

    /** Trims text and turns blank optional text into null, so that equal data compares equal. */
    public CooperativeRequest normalise(CooperativeRequest r) {
        return new CooperativeRequest(text(r.cooperativeNumber()), text(r.name()), text(r.legalEntityNumber()), r.legalEntityDate(),
                r.jenis(), r.bentuk(), r.kelompok(), text(r.kbliCode()), text(r.kbliEdition()), r.savingsLoanScope(),
                text(r.address()), text(r.kecamatanCode()), text(r.kelurahan()), r.foundedOn(), text(r.phone()), text(r.email()),
                r.board().stream().map(p -> new OfficeHolderData(text(p.name()), text(p.position()), text(p.personalNik()), text(p.phone()))).toList(),
                r.supervisors().stream().map(p -> new OfficeHolderData(text(p.name()), text(p.position()), text(p.personalNik()), text(p.phone()))).toList(),
                r.branches().stream().map(b -> new BranchData(text(b.name()), text(b.address()), text(b.kecamatanCode()))).toList());
    }

    /** Applies a normalised request to the entity. */
    public void apply(CooperativeRequest request, Cooperative cooperative) {
        cooperative.cooperativeNumber = request.cooperativeNumber();
        cooperative.name = request.name();
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
        // The persistent collections are kept and refilled: Hibernate tracks them.
        cooperative.board.clear();
        request.board().forEach(p -> cooperative.board.add(new OfficeHolder(p.name(), p.position(), p.personalNik(), p.phone())));
        cooperative.supervisors.clear();
        request.supervisors().forEach(p -> cooperative.supervisors.add(new OfficeHolder(p.name(), p.position(), p.personalNik(), p.phone())));
        cooperative.branches.clear();
        request.branches().forEach(b -> cooperative.branches.add(new Branch(b.name(), b.address(), b.kecamatanCode())));
    }

    /** The registered data as a request: what a full update would send to change nothing. */
    public CooperativeRequest toRequest(Cooperative c) {
        return new CooperativeRequest(c.cooperativeNumber, c.name, c.legalEntityNumber, c.legalEntityDate, c.jenis, c.bentuk,
                c.kelompok, c.kbliCode, c.kbliEdition, c.savingsLoanScope, c.address, c.kecamatanCode, c.kelurahan,
                c.foundedOn, c.phone, c.email, holders(c.board), holders(c.supervisors),
                c.branches.stream().map(b -> new BranchData(b.name, b.address, b.kecamatanCode)).toList());
    }

    /**
     * @param withPersonalData officers, auditors and the cooperative itself: contact data, board and supervisors
     */
    public CooperativeView toView(CooperativeWithStanding found, boolean withPersonalData) {
        Cooperative c = found.cooperative();
        Standing standing = found.standing();
        return new CooperativeView(c.id, c.cooperativeNumber, c.name, c.legalEntityNumber, c.legalEntityDate,
                c.jenis.name(), c.bentuk.name(), c.kelompok.name(), c.kbliCode, c.kbliEdition,
                c.savingsLoanScope == null ? null : c.savingsLoanScope.name(), c.address, c.kecamatanCode,
                kecamatanName(c.kecamatanCode), c.kelurahan, c.foundedOn,
                withPersonalData ? c.phone : null, withPersonalData ? c.email : null,
                withPersonalData ? holders(c.board) : null, withPersonalData ? holders(c.supervisors) : null,
                c.branches.stream().map(b -> new BranchData(b.name, b.address, b.kecamatanCode)).toList(),
                c.latestMembers, c.latestReportYear, c.latestAssets, c.dissolvedOn, c.dissolutionLegalBasis,
                standing.status().name(), standing.grade().name(), found.underReactivation(), c.createdAt, c.updatedAt, c.version);
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

    public StandingView toView(UUID cooperativeId, Standing s, boolean underReactivation) {
        return new StandingView(cooperativeId, s.asOf(), s.latestDueYear(), s.status().name(), s.grade().name(),
                s.newCooperative(), s.dissolutionCandidate(), underReactivation, s.reportedWindowYears(), s.reasons());
    }

    public ReactivationCaseView toView(ReactivationCase c) {
        return new ReactivationCaseView(c.id, c.cooperativeId, c.status.name(), c.openedOn, c.openedBy, c.reason,
                c.closedOn, c.closedBy, c.outcome == null ? null : c.outcome.name(),
                c.visits.stream().map(v -> new ReactivationCaseView.Visit(v.visitedOn, v.notes, v.nextSteps, v.recordedBy, v.recordedAt)).toList(),
                c.version);
    }

    public static String kecamatanName(String code) {
        return Kecamatan.byCode(code).map(Kecamatan::displayName).orElse(null);
    }

    private static List<OfficeHolderData> holders(List<OfficeHolder> holders) {
        return holders.stream().map(p -> new OfficeHolderData(p.name, p.position, p.personalNik, p.phone)).toList();
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
