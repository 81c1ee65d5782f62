package id.go.bekasikota.koperasi.platform.problem;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client-facing failure of a use case; the problem mapper turns it into problem details in the
 * language of the request. Domain and service code throw these through the static factories, with the
 * detail and the field messages as {@link Text}: a key of the {@code messages} bundles and its values, never
 * a sentence written in code ({@link Text#verbatim} only for words that are not ours, such as a value's own
 * reason from a parser).
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Text detail;
    private final List<InvalidField> errors;
    private final Map<String, Object> extensions;

    public ProblemException(ProblemType type, Text detail, List<InvalidField> errors, Map<String, Object> extensions) {
        super(detail.toString());
        this.type = type;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, List.of(), Map.of());
    }

    /** "{subject} {id} does not exist"; the subject is a key such as {@code registry.subject.cooperative}. */
    public static ProblemException notFound(Text subject, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, Text.of("problem.not-found.detail", subject, id));
    }

    public static ProblemException forbidden(Text detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A {@code conflict} with the resource that stands in the way: its id as {@code existingId}. */
    public static ProblemException conflict(Text detail, Object existingId) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(), Map.of("existingId", String.valueOf(existingId)));
    }

    public static ProblemException duplicate(Text detail, String existingId) {
        return new ProblemException(ProblemType.DUPLICATE, detail, List.of(), Map.of("existingId", existingId));
    }

    /**
     * A {@code duplicate} that a field of the request made, named in {@code errors} with the same words, so that a form puts
     * the message under that input (a cooperative number, a name taken already).
     */
    public static ProblemException duplicate(Text detail, String existingId, String field) {
        return new ProblemException(ProblemType.DUPLICATE, detail, List.of(new InvalidField(field, detail)),
                Map.of("existingId", existingId));
    }

    /** "Cannot {action} in state {currentState}"; the action is a key such as {@code registry.action.record-visit}. */
    public static ProblemException illegalTransition(Text action, String currentState) {
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                Text.of("problem.illegal-transition.detail", action, currentState), List.of(), Map.of("currentState", currentState));
    }

    /**
     * An {@code illegal-transition} whose detail is a sentence of its own that names the state and says why (not the
     * "Cannot {action} in state {currentState}" of {@link #illegalTransition}).
     */
    public static ProblemException illegalTransitionBecause(Text detail, String currentState) {
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION, detail, List.of(), Map.of("currentState", currentState));
    }

    public static ProblemException invalid(String field, Text message) {
        return invalidFields(List.of(new InvalidField(field, message)));
    }

    public static ProblemException invalidFields(List<InvalidField> errors) {
        Text detail = errors.size() == 1
                ? Text.of("problem.validation.detail.one")
                : Text.of("problem.validation.detail.many", errors.size());
        return new ProblemException(ProblemType.VALIDATION, detail, errors, Map.of());
    }

    /** A {@code rule-violation} with every reason: sentences, or {@link Text}s written in the language of the answer. */
    public static ProblemException ruleViolation(Text detail, List<?> reasons) {
        return new ProblemException(ProblemType.RULE_VIOLATION, detail, List.of(), Map.of("reasons", List.copyOf(reasons)));
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    /** The fields at fault, their messages in the default language (English). */
    public List<Problem.FieldError> errors() {
        return errors.stream().map(error -> error.in(Languages.DEFAULT)).toList();
    }

    /** The fields at fault, their messages still keys. */
    public List<InvalidField> invalidFields() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The problem in one language: its title, detail, field messages, and the texts among its extensions ({@code reasons}). */
    public Problem toProblem(String instance, Locale language) {
        Map<String, Object> written = new java.util.LinkedHashMap<>();
        extensions.forEach((name, value) -> written.put(name, in(value, language)));
        return new Problem(type.uri(), type.title(language), type.status(), detail.in(language), instance,
                errors.stream().map(error -> error.in(language)).toList(), written);
    }

    private static Object in(Object value, Locale language) {
        if (value instanceof Text text) {
            return text.in(language);
        }
        if (value instanceof List<?> list && list.stream().anyMatch(Text.class::isInstance)) {
            return list.stream().map(element -> in(element, language)).toList();
        }
        return value;
    }

    /** The problem in the default language. */
    public Problem toProblem(String instance) {
        return toProblem(instance, Languages.DEFAULT);
    }
}
