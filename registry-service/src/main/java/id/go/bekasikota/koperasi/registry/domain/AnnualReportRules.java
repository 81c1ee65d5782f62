package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem.FieldError;

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
    public static List<FieldError> check(AnnualReportFiling filing, LocalDate foundedOn, LocalDate dissolvedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        int year = filing.financialYear();
        if (year >= today.getYear()) {
            errors.add(new FieldError("financialYear", "must be a closed financial year (before " + today.getYear() + ")"));
        }
        if (year < foundedOn.getYear()) {
            errors.add(new FieldError("financialYear", "is before the cooperative was founded (" + foundedOn + ")"));
        }
        if (!filing.meetingDate().isAfter(LocalDate.of(year, 12, 31))) {
            errors.add(new FieldError("meetingDate", "must be after the financial year " + year + " closed"));
        }
        if (filing.meetingDate().isAfter(today)) {
            errors.add(new FieldError("meetingDate", "cannot be in the future"));
        }
        if (dissolvedOn != null) {
            errors.add(new FieldError("cooperativeId", "the cooperative was dissolved on " + dissolvedOn));
        }
        return errors;
    }
}
