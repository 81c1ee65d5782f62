package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a cooperative stands as of a date, with the reasons in words an officer can read out.
 *
 * @param latestDueYear F: the latest financial year whose RAT report is due as of {@code asOf}
 * @param reportedWindowYears the years of {F, F-1, F-2} that have a report (held by {@code asOf})
 */
public record Standing(
        LocalDate asOf,
        int latestDueYear,
        ActivityStatus status,
        RatGrade grade,
        boolean newCooperative,
        boolean dissolutionCandidate,
        List<Integer> reportedWindowYears,
        List<String> reasons) {

    public Standing {
        reportedWindowYears = List.copyOf(reportedWindowYears);
        reasons = List.copyOf(reasons);
    }

    public boolean active() {
        return status == ActivityStatus.ACTIVE;
    }
}
