package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;

/**
 * The current (latest corrected) figures of one annual members' meeting (RAT) report.
 * Amounts are whole rupiah.
 *
 * @param financialYear the year reported on; the meeting is normally held January-June of the next year
 * @param surplus       SHU (sisa hasil usaha), may be negative
 */
public record AnnualReportSummary(
        int financialYear,
        LocalDate meetingDate,
        int membersMale,
        int membersFemale,
        int employees,
        long ownCapital,
        long externalCapital,
        long assets,
        long turnover,
        long surplus) {

    public int members() {
        return membersMale + membersFemale;
    }
}
