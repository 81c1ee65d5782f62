package id.go.bekasikota.koperasi.platform.problem;

import id.go.bekasikota.koperasi.platform.i18n.Languages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a problem may tell a caller: nothing about the implementation. A qualified Java name
 * ({@code org.apache.commons.csv.CSVException}, {@code `id.go.bekasikota...Request`}), with the
 * {@code ": "} that follows it in an exception's message, is taken out of the title, the detail and
 * the field messages; the rest of the sentence stays ("Invalid char between encapsulated token and
 * delimiter at line: 2"). The last line of defence: details are meant to be written in words at the
 * source.
 */
public final class Disclosure {

    /** Two or more lower-case package segments, then a capitalised type, optionally inner types and a {@code :}. */
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?:\\.[A-Z][A-Za-z0-9_$]*)*`?(?::\\s*)?");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private Disclosure() {
    }

    public static String scrub(String text) {
        return scrub(text, Languages.DEFAULT);
    }

    /** The text without qualified names; if nothing is left, "The request is not valid" in the answer's language. */
    public static String scrub(String text, Locale language) {
        if (text == null) {
            return null;
        }
        String scrubbed = SPACES.matcher(QUALIFIED_NAME.matcher(text).replaceAll("")).replaceAll(" ").trim();
        return scrubbed.isEmpty() ? ProblemType.VALIDATION.title(language) : scrubbed;
    }

    public static Problem scrub(Problem problem) {
        return scrub(problem, Languages.DEFAULT);
    }

    public static Problem scrub(Problem problem, Locale language) {
        List<Problem.FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(error -> new Problem.FieldError(error.field(), scrub(error.message(), language)))
                .toList();
        return new Problem(problem.type(), scrub(problem.title(), language), problem.status(), scrub(problem.detail(), language),
                problem.instance(), errors, problem.extensions());
    }
}
