package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A cooperative as the changes feed records it after a change: everything the register holds
 * except personal data (board members and supervisors, their personal NIK and phones, are never
 * in it). The public view of the feed leaves out the cooperative's contact data and its annual
 * report figures as well.
 *
 * @param status        and {@code grade}: as of the day of the change
 * @param annualReports every current report (one per financial year); the feed shows those {@link #reportsForStanding} picks
 * @param standingAsOf  the day of the change, which {@code status} and {@code grade} are of (the office's date); absent in
 *                      entries written before it was recorded
 */
public record RegisterEntry(
        UUID id,
        long version,
        String cooperativeNumber,
        String name,
        String legalEntityNumber,
        LocalDate legalEntityDate,
        String jenis,
        String bentuk,
        String kelompok,
        String kbliCode,
        String kbliEdition,
        String savingsLoanScope,
        String address,
        String kecamatanCode,
        String kelurahan,
        LocalDate foundedOn,
        String phone,
        String email,
        List<Place> branches,
        Integer members,
        Integer latestReportYear,
        Long assets,
        LocalDate dissolvedOn,
        String dissolutionLegalBasis,
        String status,
        String grade,
        boolean underReactivation,
        List<AnnualReportSummary> annualReports,
        Instant createdAt,
        Instant updatedAt,
        LocalDate standingAsOf) {

    /**
     * The most reports {@link #reportsForStanding} gives: the financial years from F-2 to the year before the day are 4
     * before 1 July (F is two years back) and 3 from it.
     */
    public static final int MAX_STANDING_REPORTS = 4;

    /** A branch office (cabang). */
    public record Place(String name, String address, String kecamatanCode) {
    }

    public RegisterEntry {
        branches = branches == null ? List.of() : List.copyOf(branches);
        annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
    }

    /** The same entry with the times as the database keeps them (to the microsecond). */
    public RegisterEntry stamped(Instant created, Instant updated) {
        return new RegisterEntry(id, version, cooperativeNumber, name, legalEntityNumber, legalEntityDate, jenis, bentuk, kelompok,
                kbliCode, kbliEdition, savingsLoanScope, address, kecamatanCode, kelurahan, foundedOn, phone, email, branches,
                members, latestReportYear, assets, dissolvedOn, dissolutionLegalBasis, status, grade, underReactivation,
                annualReports, created, updated, standingAsOf);
    }

    /**
     * The current reports the standing rules read on {@code day} and on every later day until the cooperative's next
     * change: those of the financial years from F-2 (F = the latest due year as of {@code day}) to the year before
     * {@code day}. A year after F (filed early) enters the window when F moves on; a later year can only be filed
     * after {@code day}, which is a change of its own; a year before F-2 is read by no later standing. At most
     * {@link #MAX_STANDING_REPORTS}, by financial year.
     */
    public List<AnnualReportSummary> reportsForStanding(LocalDate day) {
        int first = StandingRules.latestDueYear(day) - 2;
        int last = day.getYear() - 1;
        return annualReports.stream().filter(r -> r.financialYear() >= first && r.financialYear() <= last)
                .sorted(Comparator.comparingInt(AnnualReportSummary::financialYear)).toList();
    }

    /** The cooperative as it stands after the write (its version already moved by the flush). */
    public static RegisterEntry of(CooperativeWithStanding found) {
        Cooperative c = found.cooperative();
        return new RegisterEntry(c.id, c.version, c.cooperativeNumber, c.name, c.legalEntityNumber, c.legalEntityDate,
                c.jenis.name(), c.bentuk.name(), c.kelompok.name(), c.kbliCode, c.kbliEdition,
                c.savingsLoanScope == null ? null : c.savingsLoanScope.name(), c.address, c.kecamatanCode, c.kelurahan,
                c.foundedOn, c.phone, c.email,
                c.branches.stream().map(b -> new Place(b.name, b.address, b.kecamatanCode)).toList(),
                c.latestMembers, c.latestReportYear, c.latestAssets, c.dissolvedOn, c.dissolutionLegalBasis,
                found.standing().status().name(), found.standing().grade().name(), found.underReactivation(),
                c.reportSummaries(), c.createdAt, c.updatedAt, found.standing().asOf());
    }
}
