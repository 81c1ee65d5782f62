package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Award eligibility (DESIGN.md 3.1): ACTIVE; has a cooperative number; reports for both F and
 * F-1; no DEFAULTED loan. Every rule is evaluated and every failed one is a reason, so the office
 * learns everything at once.
 */
public final class AwardEligibilityRules {

    private AwardEligibilityRules() {
    }

    /**
     * @param programJenis the jenis of a per-jenis program, or null when the program takes every jenis
     * @param asOf         the nomination date
     */
    public static AwardEligibility evaluate(CooperativeFacts cooperative, Jenis programJenis, LocalDate asOf) {
        Standing standing = StandingRules.evaluate(cooperative.foundedOn(), cooperative.dissolvedOn(),
                cooperative.annualReports(), asOf);
        int f = standing.latestDueYear();
        List<AwardEligibility.Check> checks = new ArrayList<>();

        if (standing.active()) {
            checks.add(passed(AwardEligibilityRule.ACTIVE, Text.of("awards.eligibility.active", Day.of(asOf))));
        } else if (standing.status() == ActivityStatus.DISSOLVED) {
            checks.add(failed(AwardEligibilityRule.ACTIVE, Text.of("awards.eligibility.dissolved", Day.of(asOf),
                    Day.of(cooperative.dissolvedOn()))));
        } else {
            checks.add(failed(AwardEligibilityRule.ACTIVE, Text.of("awards.eligibility.inactive", Day.of(asOf), f - 1, f)));
        }

        checks.add(cooperative.hasCooperativeNumber()
                ? passed(AwardEligibilityRule.HAS_COOPERATIVE_NUMBER, Text.of("awards.eligibility.number", cooperative.cooperativeNumber()))
                : failed(AwardEligibilityRule.HAS_COOPERATIVE_NUMBER, Text.of("awards.eligibility.no-number")));

        boolean hasF = cooperative.report(f, asOf).isPresent();
        boolean hasPrevious = cooperative.report(f - 1, asOf).isPresent();
        if (hasF && hasPrevious) {
            checks.add(passed(AwardEligibilityRule.REPORTS_FOR_LAST_TWO_YEARS, Text.of("awards.eligibility.reports", f - 1, f)));
        } else {
            List<String> missing = new ArrayList<>();
            if (!hasPrevious) {
                missing.add(String.valueOf(f - 1));
            }
            if (!hasF) {
                missing.add(String.valueOf(f));
            }
            checks.add(failed(AwardEligibilityRule.REPORTS_FOR_LAST_TWO_YEARS, missing.size() == 1
                    ? Text.of("awards.eligibility.report-missing", missing.get(0), f - 1, f, Day.of(asOf))
                    : Text.of("awards.eligibility.reports-missing", f - 1, f, Day.of(asOf))));
        }

        LoanRecord loans = cooperative.loans();
        checks.add(loans.hasDefaultedLoan()
                ? failed(AwardEligibilityRule.NO_DEFAULTED_LOAN, loans.defaulted() == 1
                ? Text.of("awards.eligibility.defaulted-one") : Text.of("awards.eligibility.defaulted", loans.defaulted()))
                : passed(AwardEligibilityRule.NO_DEFAULTED_LOAN, Text.of("awards.eligibility.no-default")));

        if (programJenis != null) {
            checks.add(programJenis.name().equals(cooperative.jenis())
                    ? passed(AwardEligibilityRule.JENIS_OF_PROGRAM, Text.of("awards.eligibility.jenis", cooperative.jenis()))
                    : failed(AwardEligibilityRule.JENIS_OF_PROGRAM, Text.of("awards.eligibility.jenis-refused", cooperative.jenis(), programJenis)));
        }
        return new AwardEligibility(asOf, f, checks);
    }

    /**
     * Eligibility when the award is given (the ranking's warnings, finalisation, forwarding): the rules as of
     * the assessment date (the nominations were judged on its F and the reports held by then), or today while
     * that date is ahead, with what has happened since that takes an award away: a DEFAULTED loan now (the
     * loan record is today's), a dissolution on or before today. A cooperative dissolved since is given no
     * award, though it was ACTIVE on the assessment date.
     */
    public static AwardEligibility atAward(CooperativeFacts cooperative, Jenis programJenis, LocalDate assessmentDate, LocalDate today) {
        LocalDate asOf = today.isBefore(assessmentDate) ? today : assessmentDate;
        AwardEligibility judged = evaluate(cooperative, programJenis, asOf);
        LocalDate dissolvedOn = cooperative.dissolvedOn();
        if (dissolvedOn == null || dissolvedOn.isAfter(today) || !dissolvedOn.isAfter(asOf)) {
            return judged;
        }
        List<AwardEligibility.Check> checks = judged.checks().stream()
                .map(check -> check.rule() != AwardEligibilityRule.ACTIVE ? check : failed(AwardEligibilityRule.ACTIVE,
                        Text.of("awards.eligibility.dissolved-since", Day.of(dissolvedOn), Day.of(asOf))))
                .toList();
        return new AwardEligibility(asOf, judged.latestDueYear(), checks);
    }

    private static AwardEligibility.Check passed(AwardEligibilityRule rule, Text detail) {
        return new AwardEligibility.Check(rule, true, detail);
    }

    private static AwardEligibility.Check failed(AwardEligibilityRule rule, Text detail) {
        return new AwardEligibility.Check(rule, false, detail);
    }
}
