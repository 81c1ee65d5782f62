package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of every award eligibility rule as of a date. Eligible when no rule failed; the
 * reasons are the failed rules' explanations, in rule order.
 *
 * @param latestDueYear F as of {@code asOf} (DESIGN.md 3.1)
 */
public record AwardEligibility(LocalDate asOf, int latestDueYear, List<Check> checks) {

    public AwardEligibility {
        checks = List.copyOf(checks);
    }

    public boolean eligible() {
        return checks.stream().noneMatch(c -> !c.passed());
    }

    public List<String> reasons() {
        return checks.stream().filter(c -> !c.passed()).map(Check::detail).toList();
    }

    /** One rule's outcome with an explanation an officer can read out. */
    public record Check(AwardEligibilityRule rule, boolean passed, String detail) {

        /** The longest explanation shown. */
        public static final int DETAIL_LENGTH = 1000;

        public Check {
            detail = Problem.clip(detail, DETAIL_LENGTH);
        }
    }
}
