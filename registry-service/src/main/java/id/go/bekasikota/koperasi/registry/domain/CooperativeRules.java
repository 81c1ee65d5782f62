package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.problem.Problem.FieldError;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules across the fields of a cooperative's registered data (each field's own format is the
 * API's bean validation): the savings-and-loan scope goes with SIMPAN_PINJAM and only with it
 * (UU 4/2023: open-loop ones are supervised by OJK), a KBLI code with its edition, the legal
 * entity's date not before the founding, and no founding in the future.
 */
public final class CooperativeRules {

    private CooperativeRules() {
    }

    /** Every rule the data breaks, as field errors; none when it keeps them all. */
    public static List<FieldError> check(CooperativeData data, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (data.jenis() == Jenis.SIMPAN_PINJAM && data.savingsLoanScope() == null) {
            errors.add(new FieldError("savingsLoanScope", "is required for a savings-and-loan cooperative"));
        }
        if (data.jenis() != null && data.jenis() != Jenis.SIMPAN_PINJAM && data.savingsLoanScope() != null) {
            errors.add(new FieldError("savingsLoanScope", "applies to savings-and-loan cooperatives only"));
        }
        if ((data.kbliCode() == null) != (data.kbliEdition() == null)) {
            errors.add(new FieldError(data.kbliCode() == null ? "kbliCode" : "kbliEdition", "kbliCode and kbliEdition go together"));
        }
        if (data.foundedOn() != null && data.legalEntityDate() != null && data.legalEntityDate().isBefore(data.foundedOn())) {
            errors.add(new FieldError("legalEntityDate", "cannot be before foundedOn"));
        }
        if (data.foundedOn() != null && data.foundedOn().isAfter(today)) {
            errors.add(new FieldError("foundedOn", "cannot be in the future"));
        }
        return errors;
    }

    /** Refuses data that breaks a rule: a 400 naming every field at fault. */
    public static void require(CooperativeData data, LocalDate today) {
        List<FieldError> errors = check(data, today);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
