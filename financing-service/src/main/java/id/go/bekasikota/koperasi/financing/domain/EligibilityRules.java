package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Rupiah;
import id.go.bekasikota.koperasi.platform.i18n.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loan eligibility (DESIGN.md 3.1): every rule is evaluated and every failed one is a reason,
 * so a cooperative learns everything it has to fix at once.
 */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    /**
     * @param amount      the amount asked, or null for a preview without one (the rule is then not checked)
     * @param tenorMonths the tenor asked, or null likewise
     * @param asOf        the application date
     */
    public static Eligibility evaluate(Applicant applicant, ProgramTerms terms, Long amount, Integer tenorMonths,
                                       LocalDate asOf) {
        Standing standing = StandingRules.evaluate(applicant.foundedOn(), applicant.dissolvedOn(), applicant.annualReports(), asOf);
        int f = standing.latestDueYear();
        List<Eligibility.Check> checks = new ArrayList<>();

        if (standing.active()) {
            checks.add(passed(EligibilityRule.ACTIVE, Text.of("financing.eligibility.active", Day.of(asOf))));
        } else if (standing.status() == ActivityStatus.DISSOLVED) {
            checks.add(failed(EligibilityRule.ACTIVE, Text.of("financing.eligibility.dissolved", Day.of(asOf), Day.of(applicant.dissolvedOn()))));
        } else {
            checks.add(failed(EligibilityRule.ACTIVE, Text.of("financing.eligibility.inactive", Day.of(asOf), f - 1, f)));
        }

        Optional<AnnualReportSummary> report = applicant.annualReports().stream()
                .filter(r -> r.financialYear() == f && (r.meetingDate() == null || !r.meetingDate().isAfter(asOf)))
                .findFirst();
        if (report.isEmpty()) {
            checks.add(failed(EligibilityRule.POSITIVE_SURPLUS_LATEST_DUE_YEAR,
                    Text.of("financing.eligibility.no-report", f, Day.of(asOf))));
        } else if (report.get().surplus() <= 0) {
            checks.add(failed(EligibilityRule.POSITIVE_SURPLUS_LATEST_DUE_YEAR,
                    Text.of("financing.eligibility.surplus-not-positive", f, Rupiah.of(report.get().surplus()))));
        } else {
            checks.add(passed(EligibilityRule.POSITIVE_SURPLUS_LATEST_DUE_YEAR,
                    Text.of("financing.eligibility.surplus", f, Rupiah.of(report.get().surplus()))));
        }

        LocalDate oneYearBefore = asOf.minusYears(1);
        checks.add(applicant.foundedOn().isAfter(oneYearBefore)
                ? failed(EligibilityRule.FOUNDED_AT_LEAST_ONE_YEAR, Text.of("financing.eligibility.too-young", Day.of(applicant.foundedOn()), Day.of(asOf)))
                : passed(EligibilityRule.FOUNDED_AT_LEAST_ONE_YEAR, Text.of("financing.eligibility.founded", Day.of(applicant.foundedOn()))));

        checks.add(applicant.hasDefaultedLoan()
                ? failed(EligibilityRule.NO_DEFAULTED_LOAN, Text.of("financing.eligibility.defaulted"))
                : passed(EligibilityRule.NO_DEFAULTED_LOAN, Text.of("financing.eligibility.no-default")));

        if (terms.allowedJenis().isEmpty() || terms.allowedJenis().contains(applicant.jenis())) {
            checks.add(passed(EligibilityRule.JENIS_ALLOWED, Text.of("financing.eligibility.jenis", applicant.jenis())));
        } else {
            checks.add(failed(EligibilityRule.JENIS_ALLOWED, Text.of("financing.eligibility.jenis-refused", applicant.jenis(),
                    String.join(", ", terms.allowedJenis()))));
        }

        if (terms.allowedKbliPrefixes().isEmpty()) {
            checks.add(passed(EligibilityRule.KBLI_ALLOWED, Text.of("financing.eligibility.kbli-any")));
        } else if (applicant.kbliCode() == null || applicant.kbliCode().isBlank()) {
            checks.add(failed(EligibilityRule.KBLI_ALLOWED, Text.of("financing.eligibility.kbli-none",
                    String.join(", ", terms.allowedKbliPrefixes()))));
        } else if (terms.allowedKbliPrefixes().stream().anyMatch(applicant.kbliCode()::startsWith)) {
            checks.add(passed(EligibilityRule.KBLI_ALLOWED, Text.of("financing.eligibility.kbli", applicant.kbliCode())));
        } else {
            checks.add(failed(EligibilityRule.KBLI_ALLOWED, Text.of("financing.eligibility.kbli-refused", applicant.kbliCode(),
                    String.join(", ", terms.allowedKbliPrefixes()))));
        }

        LoanLimits limits = terms.limits();
        if (amount == null) {
            checks.add(new Eligibility.Check(EligibilityRule.AMOUNT_WITHIN_LIMITS, Eligibility.Outcome.NOT_CHECKED,
                    Text.of("financing.eligibility.amount-not-given", Rupiah.of(limits.minAmount()), Rupiah.of(limits.maxAmount()))));
        } else {
            checks.add(within(EligibilityRule.AMOUNT_WITHIN_LIMITS, limits.check(amount, null, null),
                    Text.of("financing.eligibility.amount", Rupiah.of(amount), Rupiah.of(limits.minAmount()), Rupiah.of(limits.maxAmount()))));
        }

        if (tenorMonths == null) {
            checks.add(new Eligibility.Check(EligibilityRule.TENOR_WITHIN_LIMITS, Eligibility.Outcome.NOT_CHECKED,
                    Text.of("financing.eligibility.tenor-not-given", limits.minTenorMonths(), limits.maxTenorMonths())));
        } else {
            checks.add(within(EligibilityRule.TENOR_WITHIN_LIMITS, limits.check(null, tenorMonths, null),
                    Text.of("financing.eligibility.tenor", tenorMonths, limits.minTenorMonths(), limits.maxTenorMonths())));
        }

        checks.add(programOpen(terms, asOf));

        return new Eligibility(asOf, f, checks);
    }

    /**
     * The program's application window on {@code asOf} ({@link EligibilityRule#PROGRAM_OPEN}), both ends inclusive:
     * asked at submission with the other rules, and alone when a draft is opened under the program or moved to it.
     */
    public static Eligibility.Check programOpen(ProgramTerms terms, LocalDate asOf) {
        return terms.openOn(asOf)
                ? passed(EligibilityRule.PROGRAM_OPEN, Text.of("financing.eligibility.program-open", Day.of(asOf)))
                : failed(EligibilityRule.PROGRAM_OPEN, terms.closesOn() == null
                ? Text.of("financing.eligibility.program-opens", Day.of(terms.opensOn()), Day.of(asOf))
                : Text.of("financing.eligibility.program-window", Day.of(terms.opensOn()), Day.of(terms.closesOn()), Day.of(asOf)));
    }

    /**
     * The program's limits ({@link LoanLimits}, the same rule the recommendation and the decision apply); a failed
     * check keeps its breaches, so that a refusal names the field of each as those steps do.
     */
    private static Eligibility.Check within(EligibilityRule rule, List<LoanLimits.Breach> breaches, Text passed) {
        if (breaches.isEmpty()) {
            return passed(rule, passed);
        }
        // One sentence per broken limit (an amount below the minimum and above the amount asked breaks two).
        Text text = breaches.get(0).message();
        for (LoanLimits.Breach next : breaches.subList(1, breaches.size())) {
            text = Text.of("financing.eligibility.and", text, next.message());
        }
        return new Eligibility.Check(rule, Eligibility.Outcome.FAILED, text, breaches);
    }

    private static Eligibility.Check passed(EligibilityRule rule, Text detail) {
        return new Eligibility.Check(rule, Eligibility.Outcome.PASSED, detail);
    }

    private static Eligibility.Check failed(EligibilityRule rule, Text detail) {
        return new Eligibility.Check(rule, Eligibility.Outcome.FAILED, detail);
    }
}
