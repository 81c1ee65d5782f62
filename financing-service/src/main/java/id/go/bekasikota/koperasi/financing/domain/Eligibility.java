package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of every eligibility rule as of a date. Eligible when no rule failed; the reasons
 * are the failed rules' explanations, in rule order.
 *
 * @param latestDueYear F as of {@code asOf} (DESIGN.md 3.1)
 */
public record Eligibility(LocalDate asOf, int latestDueYear, List<Check> checks) {

    public Eligibility {
        checks = List.copyOf(checks);
    }

    public boolean eligible() {
        return checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
    }

    public List<String> reasons() {
        return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).map(Check::detail).toList();
    }

    public enum Outcome {
        PASSED,
        FAILED,
        /** Not evaluated: the preview was asked without the amount or tenor. */
        NOT_CHECKED
    }

    /** One rule's outcome with an explanation an officer can read out, of {@link #DETAIL_LENGTH} characters at most. */
    public record Check(EligibilityRule rule, Outcome outcome, String detail) {

        public static final int DETAIL_LENGTH = 1000;

        public Check {
            detail = Problem.clip(detail, DETAIL_LENGTH);
        }
    }
}
