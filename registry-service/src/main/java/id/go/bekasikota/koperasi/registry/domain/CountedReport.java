package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which RAT report, if any, gives a cooperative's figures to the economic indicators as of a date:
 * of the current revisions of its reports for the years of the standing window {F-2, F-1, F}
 * (F = {@link StandingRules#latestDueYear}) whose meeting was held on or before the date, the one
 * of the latest year. None for a cooperative founded after the date or dissolved on or before it.
 *
 * <p>Why this one: the window is the one the ministry grades by, so exactly the cooperatives graded
 * A, B, C1 or C2 are counted; a figure older than F-2 belongs to a cooperative that has held no
 * members' meeting in three years (grade D, a dissolution candidate) and says nothing about
 * today's economy. Within the window the latest year is the freshest figure the office holds;
 * years are therefore mixed (the indicators say how many figures come from each year). A
 * correction replaces the figures it corrects for every date, as it does for the standing: the
 * current revision counts, dated by the meeting.
 */
public final class CountedReport {

    private CountedReport() {
    }

    /**
     * @param currentReports the current revision of each year's report
     */
    public static Optional<AnnualReportSummary> asOf(LocalDate foundedOn, LocalDate dissolvedOn,
                                                     Collection<AnnualReportSummary> currentReports, LocalDate asOf) {
        if (foundedOn.isAfter(asOf) || (dissolvedOn != null && !dissolvedOn.isAfter(asOf))) {
            return Optional.empty();
        }
        int f = StandingRules.latestDueYear(asOf);
        return currentReports.stream()
                .filter(r -> r.financialYear() >= f - 2 && r.financialYear() <= f)
                .filter(r -> !r.meetingDate().isAfter(asOf))
                .max(Comparator.comparingInt(AnnualReportSummary::financialYear));
    }
}
