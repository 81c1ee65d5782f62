package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the award rules read about a cooperative: the register's public facts (cooperative
 * projection) and its loans (loan-standing projection). Nothing else.
 */
public record CooperativeFacts(UUID cooperativeId, String cooperativeNumber, String name, String jenis,
                               LocalDate foundedOn, LocalDate dissolvedOn, List<AnnualReportSummary> annualReports,
                               LoanRecord loans) {

    public CooperativeFacts {
        annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
        loans = loans == null ? LoanRecord.NONE : loans;
    }

    /** The same facts with the loan record of another date (the computed indicators read it as of the assessment date). */
    public CooperativeFacts withLoans(LoanRecord record) {
        return new CooperativeFacts(cooperativeId, cooperativeNumber, name, jenis, foundedOn, dissolvedOn, annualReports, record);
    }

    public boolean hasCooperativeNumber() {
        return cooperativeNumber != null && !cooperativeNumber.isBlank();
    }

    /** The report for a financial year whose meeting was held by {@code asOf}. */
    public Optional<AnnualReportSummary> report(int financialYear, LocalDate asOf) {
        return annualReports.stream()
                .filter(r -> r.financialYear() == financialYear)
                .filter(r -> asOf == null || r.meetingDate() == null || !r.meetingDate().isAfter(asOf))
                .findFirst();
    }
}
