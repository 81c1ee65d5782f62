package id.go.bekasikota.koperasi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A schema's {@code pattern} is an ECMA-262 regular expression (JSON Schema), but it comes from a
 * Java {@code @Pattern}. Java's DOTALL flag {@code (?s)} has no ECMA-262 form, so a pattern that
 * starts with it is written without it, each {@code .} outside a character class becoming
 * {@code [\s\S]} (the same language). Tools that read the documents (Spectral, code generators,
 * the frontend's form validation) then understand it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EcmaPatternsFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null && schema.getPattern().startsWith("(?s)")) {
            schema.setPattern(withoutDotAll(schema.getPattern().substring(4)));
        }
        return schema;
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
