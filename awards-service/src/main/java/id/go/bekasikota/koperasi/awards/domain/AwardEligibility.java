package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

    /** The failed rules' explanations in English (the ranking's warnings). */
    public List<String> reasons() {
        return checks.stream().filter(c -> !c.passed()).map(Check::detail).toList();
    }

    /** The failed rules' explanations, to be written in the language of the answer. */
    public List<Text> reasonTexts() {
        return checks.stream().filter(c -> !c.passed()).map(Check::text).toList();
    }

    /** One rule's outcome with an explanation an officer or the cooperative can read out, in English or in Indonesian. */
    public record Check(AwardEligibilityRule rule, boolean passed, Text text) {

        /** The longest explanation shown. */
        public static final int DETAIL_LENGTH = 1000;

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
