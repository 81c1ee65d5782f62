package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;

/**
 * A RAT report as it is filed for one financial year (a correction is filed the same way):
 * amounts in whole rupiah; {@code surplus} (SHU) is negative for a loss.
 */
public record AnnualReportFiling(int financialYear, LocalDate meetingDate, int membersMale, int membersFemale, int employees,
                                 long ownCapital, long externalCapital, long assets, long turnover, long surplus) {
}
