package id.go.bekasikota.koperasi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A schema's {@code pattern} is an ECMA-262 regular expression (JSON Schema), but it comes from a
 * Java {@code @Pattern}. Java's DOTALL flag {@code (?s)} has no ECMA-262 form, so a pattern that
 * starts with it is written without it, each {@code .} outside a character class becoming
 * {@code [\s\S]} (the same language). Tools that read the documents (Spectral, code generators,
 * the frontend's form validation) then understand it. Every pattern is anchored ({@link #anchored}):
 * Java matches the whole value, JSON Schema searches for the pattern in it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EcmaPatternsFilter implements OASFilter {

    /** SmallRye's pattern for {@code @NotBlank}: "holds a non-space somewhere", a search by design. */
    static final String NOT_BLANK = "\\S";

    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern == null) {
            return schema;
        }
        if (pattern.startsWith("(?s)")) {
            pattern = withoutDotAll(pattern.substring(4));
        }
        schema.setPattern(anchored(pattern));
        return schema;
    }

    /**
     * Java's {@code @Pattern} matches the whole value; a JSON Schema {@code pattern} is searched for
     * anywhere in it (a validator took {@code NIK-1234567} for {@code \d{6,20}}). Anchored, the
     * document takes what the service takes. {@link #NOT_BLANK} stays a search, and an anchored
     * pattern is left as it is.
     */
    static String anchored(String pattern) {
        if (pattern.equals(NOT_BLANK) || pattern.startsWith("^") && pattern.endsWith("$") && !pattern.endsWith("\\$")) {
            return pattern;
        }
        return "^(?:" + pattern + ")$";
    }

    static String withoutDotAll(String pattern) {
        StringBuilder ecma = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                ecma.append(c).append(pattern.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                ecma.append(c);
            } else if (c == ']') {
                inClass = false;
                ecma.append(c);
            } else if (c == '.' && !inClass) {
                ecma.append("[\\s\\S]");
            } else {
                ecma.append(c);
            }
        }
        return ecma.toString();
    }
}
