package id.go.bekasikota.koperasi.registry.domain.ods;

import java.text.Normalizer;
import java.util.Locale;

/** How text from an ODS file is compared: case, accents, spacing and punctuation do not count. */
public final class OdsText {

    private OdsText() {
    }

    /** {@code "No. Badan Hukum"} and {@code "nomor  badan-hukum"} differ; {@code "NO BADAN HUKUM"} is {@code "nobadanhukum"}. */
    public static String key(String value) {
        if (value == null) {
            return "";
        }
        String folded = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]", "");
    }
}
