package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.problem.InvalidField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a RAT report can be filed (DESIGN.md 3: the meeting is held after the financial year
 * closed, normally January-June of the next year): for a closed year, not before the year the
 * cooperative was founded, a meeting after the year closed and not in the future, and not for a
 * dissolved cooperative.
 */
public final class AnnualReportRules {

    private AnnualReportRules() {
    }

    /** Every rule the filing breaks, as field errors; none when it can be filed. */
    public static List<InvalidField> check(AnnualReportFiling filing, LocalDate foundedOn, LocalDate dissolvedOn, LocalDate today) {
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
        if (dissolvedOn != null) {
            errors.add(InvalidField.of("cooperativeId", "registry.report.dissolved", dissolvedOn));
        }
        return errors;
    }
}
