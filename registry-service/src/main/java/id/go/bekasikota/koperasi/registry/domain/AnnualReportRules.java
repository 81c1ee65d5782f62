package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a RAT report can be filed (DESIGN.md 3: the meeting is held after the financial year
 * closed, normally January-June of the next year): for a closed year, not before the year the
 * cooperative was founded, a meeting after the year closed and not in the future (field errors), and not for a
 * dissolved cooperative (a conflict with its state).
 */
public final class AnnualReportRules {

    /**
     * The most revisions one year's report has: the filing and 19 corrections. Every revision is kept and
     * every read of the cooperative holds its reports, so without a bound one account correcting a year in a
     * loop would make every public read of the cooperative heavier (OWASP API4); a clerk needs a handful.
     */
    public static final int MAX_REVISIONS = 20;

    private AnnualReportRules() {
    }

    /**
     * A year's report with {@code revisions} revisions may be corrected once more; otherwise a 422 rule
     * violation saying its figures stand.
     */
    public static void requireCorrectable(int financialYear, int revisions) {
        if (revisions >= MAX_REVISIONS) {
            throw ProblemException.ruleViolation(Text.of("registry.report.revisions-exhausted", financialYear, MAX_REVISIONS),
                    List.of("The RAT report of " + financialYear + " has " + revisions + " revisions, the most a year's report has ("
                            + MAX_REVISIONS + "): its current revision stands; ask the office to review it."));
        }
    }

    /** Every rule the filing breaks, as field errors; none when it can be filed. */
    public static List<InvalidField> check(AnnualReportFiling filing, LocalDate foundedOn, LocalDate today) {
        List<InvalidField> errors = new ArrayList<>();
        int year = filing.financialYear();
        if (year >= today.getYear()) {
            errors.add(InvalidField.of("financialYear", "registry.report.year-not-closed", today.getYear()));
        }
        if (year < foundedOn.getYear()) {
            errors.add(InvalidField.of("financialYear", "registry.report.year-before-founded", foundedOn));
        }
        if (!filing.meetingDate().isAfter(LocalDate.of(year, 12, 31))) {
            errors.add(InvalidField.of("meetingDate", "registry.report.meeting-before-year-closed", year));
        }
        if (filing.meetingDate().isAfter(today)) {
            errors.add(InvalidField.of("meetingDate", "registry.date.future"));
        }
        return errors;
    }

    /**
     * A dissolved cooperative files and corrects no more reports: a 409 {@code illegal-transition} in state
     * {@code DISSOLVED} (a state of the cooperative, not a field of the request).
     */
    public static void requireNotDissolved(LocalDate dissolvedOn) {
        if (dissolvedOn != null) {
            throw ProblemException.illegalTransitionBecause(Text.of("registry.report.dissolved", Day.of(dissolvedOn)), "DISSOLVED");
        }
    }
}
