package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cooperative as the changes feed records it after a change: everything the register holds
 * except personal data (board members and supervisors, their personal NIK and phones, are never
 * in it). The public view of the feed leaves out the cooperative's contact data and its annual
 * report figures as well.
 *
 * @param status and {@code grade}: as of the day of the change
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
        Instant updatedAt) {

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
                annualReports, created, updated);
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
                c.reportSummaries(), c.createdAt, c.updatedAt);
    }
}
