package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

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
            checks.add(passed(EligibilityRule.ACTIVE, "ACTIVE as of " + asOf + "."));
        } else if (standing.status() == ActivityStatus.DISSOLVED) {
            checks.add(failed(EligibilityRule.ACTIVE, "Not ACTIVE as of " + asOf + ": dissolved on " + applicant.dissolvedOn() + "."));
        } else {
            checks.add(failed(EligibilityRule.ACTIVE, "Not ACTIVE as of " + asOf + ": INACTIVE, no RAT report for "
                    + (f - 1) + " or " + f + "."));
        }

        Optional<AnnualReportSummary> report = applicant.annualReports().stream()
                .filter(r -> r.financialYear() == f && (r.meetingDate() == null || !r.meetingDate().isAfter(asOf)))
                .findFirst();
        if (report.isEmpty()) {
            checks.add(failed(EligibilityRule.POSITIVE_SURPLUS_LATEST_DUE_YEAR,
                    "No RAT report for " + f + ", the latest due financial year as of " + asOf + "."));
        } else if (report.get().surplus() <= 0) {
            checks.add(failed(EligibilityRule.POSITIVE_SURPLUS_LATEST_DUE_YEAR,
                    "The surplus (SHU) reported for " + f + " is " + report.get().surplus() + ", not positive."));
        } else {
            checks.add(passed(EligibilityRule.POSITIVE_SURPLUS_LATEST_DUE_YEAR,
                    "RAT report for " + f + " with a surplus (SHU) of " + report.get().surplus() + "."));
        }

        LocalDate oneYearBefore = asOf.minusYears(1);
        checks.add(applicant.foundedOn().isAfter(oneYearBefore)
                ? failed(EligibilityRule.FOUNDED_AT_LEAST_ONE_YEAR, "Founded on " + applicant.foundedOn()
                + ", less than one year before " + asOf + ".")
                : passed(EligibilityRule.FOUNDED_AT_LEAST_ONE_YEAR, "Founded on " + applicant.foundedOn() + "."));

        checks.add(applicant.hasDefaultedLoan()
                ? failed(EligibilityRule.NO_DEFAULTED_LOAN, "Has a DEFAULTED loan.")
                : passed(EligibilityRule.NO_DEFAULTED_LOAN, "No DEFAULTED loan."));

        if (terms.allowedJenis().isEmpty() || terms.allowedJenis().contains(applicant.jenis())) {
            checks.add(passed(EligibilityRule.JENIS_ALLOWED, "Jenis " + applicant.jenis() + " is accepted."));
        } else {
            checks.add(failed(EligibilityRule.JENIS_ALLOWED, "Jenis " + applicant.jenis()
                    + " is not accepted by the program (accepted: " + String.join(", ", terms.allowedJenis()) + ")."));
        }

        if (terms.allowedKbliPrefixes().isEmpty()) {
            checks.add(passed(EligibilityRule.KBLI_ALLOWED, "The program accepts every KBLI code."));
        } else if (applicant.kbliCode() == null || applicant.kbliCode().isBlank()) {
            checks.add(failed(EligibilityRule.KBLI_ALLOWED, "No KBLI code is registered; the program accepts "
                    + String.join(", ", terms.allowedKbliPrefixes()) + "."));
        } else if (terms.allowedKbliPrefixes().stream().anyMatch(applicant.kbliCode()::startsWith)) {
            checks.add(passed(EligibilityRule.KBLI_ALLOWED, "KBLI " + applicant.kbliCode() + " is accepted."));
        } else {
            checks.add(failed(EligibilityRule.KBLI_ALLOWED, "KBLI " + applicant.kbliCode()
                    + " is not accepted by the program (accepted prefixes: " + String.join(", ", terms.allowedKbliPrefixes()) + ")."));
        }

        LoanLimits limits = terms.limits();
        if (amount == null) {
            checks.add(new Eligibility.Check(EligibilityRule.AMOUNT_WITHIN_LIMITS, Eligibility.Outcome.NOT_CHECKED,
                    "No amount given; the program lends " + limits.minAmount() + " to " + limits.maxAmount() + "."));
        } else {
            checks.add(within(EligibilityRule.AMOUNT_WITHIN_LIMITS, limits.check(amount, null, null),
                    "Amount " + amount + " is within " + limits.minAmount() + " to " + limits.maxAmount() + "."));
        }

        if (tenorMonths == null) {
            checks.add(new Eligibility.Check(EligibilityRule.TENOR_WITHIN_LIMITS, Eligibility.Outcome.NOT_CHECKED,
                    "No tenor given; the program lends for " + limits.minTenorMonths() + " to " + limits.maxTenorMonths() + " months."));
        } else {
            checks.add(within(EligibilityRule.TENOR_WITHIN_LIMITS, limits.check(null, tenorMonths, null),
                    "Tenor of " + tenorMonths + " months is within " + limits.minTenorMonths() + " to "
                            + limits.maxTenorMonths() + " months."));
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
                ? passed(EligibilityRule.PROGRAM_OPEN, "The program accepts applications on " + asOf + ".")
                : failed(EligibilityRule.PROGRAM_OPEN, "The program accepts applications from " + terms.opensOn()
                + (terms.closesOn() == null ? "" : " to " + terms.closesOn()) + ", not on " + asOf + ".");
    }

    /**
     * The program's limits ({@link LoanLimits}, the same rule the recommendation and the decision apply); a failed
     * check keeps its breaches, so that a refusal names the field of each as those steps do.
     */
    private static Eligibility.Check within(EligibilityRule rule, List<LoanLimits.Breach> breaches, String passed) {
        return breaches.isEmpty() ? passed(rule, passed)
                : new Eligibility.Check(rule, Eligibility.Outcome.FAILED,
                String.join(" ", breaches.stream().map(LoanLimits.Breach::reason).toList()), breaches);
    }

    private static Eligibility.Check passed(EligibilityRule rule, String detail) {
        return new Eligibility.Check(rule, Eligibility.Outcome.PASSED, detail);
    }

    private static Eligibility.Check failed(EligibilityRule rule, String detail) {
        return new Eligibility.Check(rule, Eligibility.Outcome.FAILED, detail);
    }
}
