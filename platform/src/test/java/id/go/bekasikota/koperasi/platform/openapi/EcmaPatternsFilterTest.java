package id.go.bekasikota.koperasi.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EcmaPatternsFilterTest {

    private final EcmaPatternsFilter filter = new EcmaPatternsFilter();

    /** How a JSON Schema validator reads a pattern: found anywhere in the value (ECMA-262 search, no implicit anchors). */
    private static boolean schemaTakes(String pattern, String text) {
        return Pattern.compile(pattern).matcher(text).find();
    }

    @Test
    void dotAllBecomesAnyCharacterAndTheDocumentTakesWhatJavaTakes() {
        String java = "(?s).*\\S.*";
        Schema schema = filter.filterSchema(OASFactory.createSchema().pattern(java));
        assertThat(schema.getPattern()).isEqualTo("^(?:[\\s\\S]*\\S[\\s\\S]*)$");
        for (String text : List.of("", " ", "\t ", "a", "  Modal\nkerja  ", "\n\nx\n")) {
            assertThat(schemaTakes(schema.getPattern(), text)).as(text).isEqualTo(Pattern.matches(java, text));
        }
    }

    @Test
    void aPatternIsAnchoredSoThatTheDocumentTakesWhatBeanValidationTakes() {
        // Bean Validation's @Pattern matches the whole value; unanchored, a JSON Schema validator took each of these.
        record Case(String java, List<String> texts) {
        }
        for (Case c : List.of(
                new Case("\\d{6,20}", List.of("3275010010001", "NIK-1234567", "12345", "1234567x", "x1234567")),
                new Case("2020|2025", List.of("2020", "2025", "20201", "x2025", "2021")),
                new Case("3275(0[1-9]|1[0-2])", List.of("327501", "327512", "3275013", "a327501")),
                new Case("\\+?[0-9 ()-]{6,20}", List.of("+62 21 8801234", "phone +62 21 8801234", "0218801234")),
                new Case("[A-Z][A-Z0-9_]{1,39}", List.of("LPDB_KUMKM", "lpdb LPDB_KUMKM", "LPDB-KUMKM")))) {
            String documented = filter.filterSchema(OASFactory.createSchema().pattern(c.java())).getPattern();
            for (String text : c.texts()) {
                assertThat(schemaTakes(documented, text)).as(c.java() + " on " + text).isEqualTo(Pattern.matches(c.java(), text));
            }
        }
    }

    @Test
    void escapedDotsAndDotsInClassesStay() {
        assertThat(EcmaPatternsFilter.withoutDotAll("a\\.b[.]c.")).isEqualTo("a\\.b[.]c[\\s\\S]");
    }

    @Test
    void notBlankStaysASearchAndAnAnchoredPatternIsLeftAsItIs() {
        assertThat(filter.filterSchema(OASFactory.createSchema().pattern("\\S")).getPattern()).isEqualTo("\\S");
        assertThat(filter.filterSchema(OASFactory.createSchema().pattern("^[0-9]+$")).getPattern()).isEqualTo("^[0-9]+$");
        // Filtered twice (a schema reached by two paths), it is anchored once.
        Schema twice = filter.filterSchema(filter.filterSchema(OASFactory.createSchema().pattern("\\d{5}")));
        assertThat(twice.getPattern()).isEqualTo("^(?:\\d{5})$");
        assertThat(filter.filterSchema(OASFactory.createSchema()).getPattern()).isNull();
    }
}
