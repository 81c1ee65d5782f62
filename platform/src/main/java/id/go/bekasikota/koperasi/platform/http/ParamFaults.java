package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parameters of one request read together, so that every one at fault is named in one 400 (its {@code errors}),
 * as the fields of a body are: a form that sends three wrong values learns of all three at once, not one per try.
 * Read each with {@link #read}, note the faults only the operation knows with {@link #add}, then {@link #refuseAny}.
 */
public final class ParamFaults {

    private final List<InvalidField> faults = new ArrayList<>();

    /** The parameter as {@code parameter} reads it ({@link Params}); null when it is at fault, which is noted. */
    public <T> T read(Supplier<T> parameter) {
        try {
            return parameter.get();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION || e.invalidFields().isEmpty()) {
                throw e;
            }
            faults.addAll(e.invalidFields());
            return null;
        }
    }

    /** The list's page parameters, read as the others are (the bean taken without {@code @Valid}): each at fault is noted. */
    public void read(PageRequest paging) {
        faults.addAll(paging.faults());
    }

    public void add(String parameter, Text message) {
        faults.add(new InvalidField(parameter, message));
    }

    /** Whether {@code parameter} is at fault already (a rule on a value not read need not be checked). */
    public boolean faulty(String parameter) {
        return faults.stream().anyMatch(fault -> fault.field().equals(parameter));
    }

    /** A 400 naming every parameter at fault, in the order they were read; nothing when none is. */
    public void refuseAny() {
        if (!faults.isEmpty()) {
            throw ProblemException.invalidFields(List.copyOf(faults));
        }
    }
}
