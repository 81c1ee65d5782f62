package id.go.bekasikota.koperasi.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client-facing failure of a use case; the problem mapper turns it into problem details.
 * Domain and service code throw these through the static factories.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException duplicate(String detail, String existingId) {
        return new ProblemException(ProblemType.DUPLICATE, detail, List.of(), Map.of("existingId", existingId));
    }

    public static ProblemException illegalTransition(String action, String currentState) {
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                "Cannot " + action + " in state " + currentState, List.of(), Map.of("currentState", currentState));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "1 field is not valid",
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION,
                errors.size() == 1 ? "1 field is not valid" : errors.size() + " fields are not valid", errors, Map.of());
    }

    public static ProblemException ruleViolation(String detail, List<String> reasons) {
        return new ProblemException(ProblemType.RULE_VIOLATION, detail, List.of(), Map.of("reasons", List.copyOf(reasons)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem toProblem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, errors, extensions);
    }
}
