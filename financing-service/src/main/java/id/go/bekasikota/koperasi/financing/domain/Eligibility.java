package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

    /** The failed rules' explanations in English (logs, the ranking's records). */
    public List<String> reasons() {
        return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).map(Check::detail).toList();
    }

    /** The failed rules' explanations, to be written in the language of the answer. */
    public List<Text> reasonTexts() {
        return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).map(Check::text).toList();
    }

    /**
     * The fields the failed rules name: each broken limit of the amount or tenor asked, as {@link LoanLimits} names it
     * at the recommendation and the decision ({@code amount}, {@code tenorMonths}), in rule order. Only a failed check
     * carries breaches.
     */
    public List<InvalidField> fieldErrors() {
        return LoanLimits.fieldErrors(checks.stream().flatMap(c -> c.breaches().stream()).toList());
    }

    public enum Outcome {
        PASSED,
        FAILED,
        /** Not evaluated: the preview was asked without the amount or tenor. */
        NOT_CHECKED
    }

    /**
     * One rule's outcome with an explanation an officer or the cooperative can read out (in English or in Indonesian, as
     * the answer is written), of {@link #DETAIL_LENGTH} characters at most.
     *
     * @param breaches the limits of the program the terms break, for a failed rule on the amount or the tenor; else none
     */
    public record Check(EligibilityRule rule, Outcome outcome, Text text, List<LoanLimits.Breach> breaches) {

        public static final int DETAIL_LENGTH = 1000;

        public Check {
            breaches = breaches == null ? List.of() : List.copyOf(breaches);
        }

        /** The outcome of a rule that is not about the loan's terms. */
        public Check(EligibilityRule rule, Outcome outcome, Text text) {
            this(rule, outcome, text, List.of());
        }

        /** The explanation in one language. */
        public String detail(Locale language) {
            return Problem.clip(text.in(language), DETAIL_LENGTH);
        }

        /** The explanation in English. */
        public String detail() {
            return detail(Languages.ENGLISH);
        }
    }
}
