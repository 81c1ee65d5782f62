package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The activity and grade rules of DESIGN.md section 3.1, exactly as the office reports them.
 * Published with the registry's contract so that every service that keeps a projection of the
 * register computes the same standing from the same events.
 *
 * <p>A report counts as of a date when its meeting was held on or before that date, whenever it was
 * filed: a past date is answered as the register knows it now, so a RAT held before that date and
 * filed after it moves that date's figures (the figures given on a day are the ones read that day).
 */
public final class StandingRules {

    private StandingRules() {
    }

    /** F: the previous year from 1 July on, the year before that until 30 June. */
    public static int latestDueYear(LocalDate asOf) {
        LocalDate julyFirst = LocalDate.of(asOf.getYear(), Month.JULY, 1);
        return asOf.isBefore(julyFirst) ? asOf.getYear() - 2 : asOf.getYear() - 1;
    }

    /**
     * @param foundedOn   founding date of the cooperative
     * @param dissolvedOn dissolution date, or null
     * @param reports     the cooperative's reports (only year and meeting date are read)
     * @param asOf        the date asked for
     */
    public static Standing evaluate(LocalDate foundedOn, LocalDate dissolvedOn,
                                    Collection<AnnualReportSummary> reports, LocalDate asOf) {
        Objects.requireNonNull(foundedOn, "foundedOn");
        Objects.requireNonNull(asOf, "asOf");
        int f = latestDueYear(asOf);
        List<String> reasons = new ArrayList<>();

        TreeSet<Integer> reported = new TreeSet<>();
        for (AnnualReportSummary report : reports) {
            boolean heldByThen = report.meetingDate() == null || !report.meetingDate().isAfter(asOf);
            if (heldByThen && report.financialYear() >= f - 2 && report.financialYear() <= f) {
                reported.add(report.financialYear());
            }
        }

        boolean isNew = foundedOn.getYear() > f;
        RatGrade grade = grade(isNew, reported.size(), foundedOn, asOf);
        reasons.add("Latest due financial year as of " + asOf + " is " + f
                + "; the window is " + (f - 2) + "-" + f + ".");
        if (isNew) {
            reasons.add("Founded on " + foundedOn + ", after " + f + ": no RAT report is due yet.");
        } else {
            reasons.add("RAT reports in the window: " + (reported.isEmpty() ? "none" : reported.toString()) + ".");
        }

        boolean dissolved = dissolvedOn != null && !dissolvedOn.isAfter(asOf);
        ActivityStatus status;
        if (dissolved) {
            status = ActivityStatus.DISSOLVED;
            reasons.add("Dissolved on " + dissolvedOn + ".");
        } else if (isNew || reported.contains(f) || reported.contains(f - 1)) {
            status = ActivityStatus.ACTIVE;
            if (!isNew) {
                reasons.add("Active: a RAT report exists for " + (reported.contains(f) ? f : f - 1) + ".");
            }
        } else {
            status = ActivityStatus.INACTIVE;
            reasons.add("Inactive: no RAT report for " + (f - 1) + " or " + f + ".");
        }

        boolean candidate = !isNew && !dissolved && grade == RatGrade.D;
        if (candidate) {
            reasons.add("Candidate for dissolution: no RAT report for any of " + (f - 2) + "-" + f + " (grade D).");
        }
        return new Standing(asOf, f, status, grade, isNew, candidate, List.copyOf(reported), reasons);
    }

    static RatGrade grade(boolean isNew, int reportedYears, LocalDate foundedOn, LocalDate asOf) {
        if (isNew) {
            return RatGrade.NEW;
        }
        return switch (reportedYears) {
            case 3 -> RatGrade.A;
            case 2 -> RatGrade.B;
            // C1: founded within the 3 years before the date, its first day included (exactly 3 years old is not "older
            // than 3 years", the ministry's C2).
            case 1 -> !foundedOn.isBefore(asOf.minusYears(3)) ? RatGrade.C1 : RatGrade.C2;
            default -> RatGrade.D;
        };
    }
}
