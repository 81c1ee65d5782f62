package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.time.LocalDate;
import java.util.List;

/**
 * What the eligibility rules read about a cooperative: the register's public facts (from the
 * projection) and the service's own record of its loans.
 *
 * @param jenis            type under UU 25/1992, e.g. SIMPAN_PINJAM
 * @param kbliCode         5-digit KBLI code; null when not registered
 * @param hasDefaultedLoan a loan of this cooperative is DEFAULTED (this service's own data)
 */
public record Applicant(LocalDate foundedOn, LocalDate dissolvedOn, String jenis, String kbliCode,
                        List<AnnualReportSummary> annualReports, boolean hasDefaultedLoan) {

    public Applicant {
        annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
    }
}
