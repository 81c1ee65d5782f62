package id.go.bekasikota.koperasi.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EcmaPatternsFilterTest {

    private final EcmaPatternsFilter filter = new EcmaPatternsFilter();

    @Test
    void dotAllBecomesAnyCharacterAndMatchesTheSameTexts() {
        String java = "(?s).*\\S.*";
        Schema schema = filter.filterSchema(OASFactory.createSchema().pattern(java));
        assertThat(schema.getPattern()).isEqualTo("[\\s\\S]*\\S[\\s\\S]*");
        for (String text : List.of("", " ", "\n\t ", "a", "  Modal\nkerja  ", "\n\nx\n")) {
            assertThat(Pattern.matches(schema.getPattern(), text)).as(text).isEqualTo(Pattern.matches(java, text));
        }
    }

    @Test
    void escapedDotsAndDotsInClassesStay() {
        assertThat(EcmaPatternsFilter.withoutDotAll("a\\.b[.]c.")).isEqualTo("a\\.b[.]c[\\s\\S]");
    }

    @Test
    void otherPatternsAreLeftAlone() {
        assertThat(filter.filterSchema(OASFactory.createSchema().pattern("^[0-9]+$")).getPattern()).isEqualTo("^[0-9]+$");
        assertThat(filter.filterSchema(OASFactory.createSchema()).getPattern()).isNull();
    }
}
