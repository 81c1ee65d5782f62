package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.LocalDate;

/**
 * The smallest step that makes a cooperative that is not new ACTIVE as of a date: one RAT report.
 * By DESIGN.md 3.1 a report for F or F-1 (F = the latest due year as of that date), its members'
 * meeting held on or before the date, is enough; a second report changes the grade, not the status.
 *
 * <p>Which of the two: the report for F, the one due now, once F has closed (it also keeps the
 * cooperative active a year longer than a report for F-1); while F has not closed yet (a date
 * after the next 1 July), F-1, which can be held now, unless the cooperative was founded after F-1.
 *
 * @param financialYear the year of the report to file
 * @param meetingFrom   1 January after that year: the first day its members' meeting can be held
 * @param meetingBy     the date asked for: a meeting held later does not count as of it
 */
public record ActivationStep(int financialYear, LocalDate meetingFrom, LocalDate meetingBy) {

    /**
     * @param asOf      the date on which the cooperative should be ACTIVE
     * @param foundedOn its founding date (not after 31 December of F: a new cooperative is active already)
     * @param today     the office's date: a year closed by today can be reported now
     */
    public static ActivationStep toBeActiveOn(LocalDate asOf, LocalDate foundedOn, LocalDate today) {
        int f = StandingRules.latestDueYear(asOf);
        if (foundedOn.getYear() > f) {
            throw new IllegalArgumentException("A cooperative founded on " + foundedOn + " is new as of " + asOf + ": no report is due");
        }
        boolean latestClosed = today.getYear() > f;
        int year = latestClosed || foundedOn.getYear() > f - 1 ? f : f - 1;
        return new ActivationStep(year, LocalDate.of(year + 1, 1, 1), asOf);
    }
}
