package id.go.bekasikota.koperasi.registry.domain.ods;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How text from an ODS file is compared: case, accents, spacing and punctuation do not count. */
public final class OdsText {

    /** Accents once the text is decomposed (NFD). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

    private OdsText() {
    }

    /** {@code "No. Badan Hukum"} and {@code "nomor  badan-hukum"} differ; {@code "NO BADAN HUKUM"} is {@code "nobadanhukum"}. */
    public static String key(String value) {
        if (value == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
    }
}
