package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
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
    public static List<InvalidField> check(CooperativeData data, LocalDate today) {
        List<InvalidField> errors = new ArrayList<>();
        if (data.jenis() == Jenis.SIMPAN_PINJAM && data.savingsLoanScope() == null) {
            errors.add(InvalidField.of("savingsLoanScope", "registry.cooperative.savings-loan-scope.required"));
        }
        if (data.jenis() != null && data.jenis() != Jenis.SIMPAN_PINJAM && data.savingsLoanScope() != null) {
            errors.add(InvalidField.of("savingsLoanScope", "registry.cooperative.savings-loan-scope.not-applicable"));
        }
        if ((data.kbliCode() == null) != (data.kbliEdition() == null)) {
            errors.add(InvalidField.of(data.kbliCode() == null ? "kbliCode" : "kbliEdition", "registry.cooperative.kbli-together"));
        }
        if (data.foundedOn() != null && data.legalEntityDate() != null && data.legalEntityDate().isBefore(data.foundedOn())) {
            errors.add(InvalidField.of("legalEntityDate", "registry.date.before-founded-on"));
        }
        if (data.foundedOn() != null && data.foundedOn().isAfter(today)) {
            errors.add(InvalidField.of("foundedOn", "registry.date.future"));
        }
        return errors;
    }

    /** Refuses data that breaks a rule: a 400 naming every field at fault. */
    public static void require(CooperativeData data, LocalDate today) {
        List<InvalidField> errors = check(data, today);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
