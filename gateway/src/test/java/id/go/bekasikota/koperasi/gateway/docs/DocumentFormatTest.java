package id.go.bekasikota.koperasi.gateway.docs;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatTest {

    @Test
    void withoutAPreferenceTheDocumentIsJson() {
        assertThat(DocumentFormat.negotiate(null)).contains(DocumentFormat.JSON);
        assertThat(DocumentFormat.negotiate(" ")).contains(DocumentFormat.JSON);
        assertThat(DocumentFormat.negotiate("*/*")).contains(DocumentFormat.JSON);
        assertThat(DocumentFormat.negotiate("application/*")).contains(DocumentFormat.JSON);
        assertThat(DocumentFormat.negotiate("application/yaml, application/json")).contains(DocumentFormat.JSON);
    }

    @Test
    void theMostSpecificRangeGivesEachFormatItsQuality() {
        assertThat(DocumentFormat.negotiate("application/yaml")).contains(DocumentFormat.YAML);
        assertThat(DocumentFormat.negotiate("APPLICATION/YAML; charset=utf-8")).contains(DocumentFormat.YAML);
        // json: exact range, q 0; yaml: */*, q 1
        assertThat(DocumentFormat.negotiate("application/json;q=0, */*")).contains(DocumentFormat.YAML);
        // json: application/*, q 0.9; yaml: exact, q 0.4
        assertThat(DocumentFormat.negotiate("application/yaml;q=0.4, application/*;q=0.9")).contains(DocumentFormat.JSON);
        assertThat(DocumentFormat.negotiate("application/json;q=0.5,application/yaml;q=0.501")).contains(DocumentFormat.YAML);
        assertThat(DocumentFormat.negotiate("text/html, application/yaml;q=0.1")).contains(DocumentFormat.YAML);
    }

    @Test
    void neitherFormatAcceptableIsEmpty() {
        assertThat(DocumentFormat.negotiate("text/html")).isEmpty();
        assertThat(DocumentFormat.negotiate("text/*, image/png")).isEmpty();
        assertThat(DocumentFormat.negotiate("application/json;q=0, application/yaml;q=0.000")).isEmpty();
        assertThat(DocumentFormat.negotiate("*/*;q=0")).isEmpty();
        // A quality that is not one is not a preference
        assertThat(DocumentFormat.negotiate("application/yaml;q=2")).isEmpty();
        assertThat(DocumentFormat.negotiate("application/yaml;q=high")).isEmpty();
    }

    @Test
    void theFormatParameterNamesAFormatInAnyCase() {
        assertThat(DocumentFormat.named("yaml")).contains(DocumentFormat.YAML);
        assertThat(DocumentFormat.named("JSON")).contains(DocumentFormat.JSON);
        assertThat(DocumentFormat.named("yml")).isEmpty();
        assertThat(DocumentFormat.named("")).isEmpty();
    }

    @Test
    void theETagIsTheStartOfTheSha256OfTheRepresentation() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad
        assertThat(DocumentFormat.etag("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("\"ba7816bf8f01cfea414140de5dae2223\"");
    }
}
