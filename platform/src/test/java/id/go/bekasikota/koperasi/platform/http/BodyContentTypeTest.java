package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BodyContentTypeTest {

    private static final List<String> JSON = List.of(MediaType.APPLICATION_JSON);

    @Test
    void aJsonBodyWithoutAContentTypeIsRefusedNamingTheHeader() {
        assertThat(BodyContentType.refusal(null, JSON)).get().extracting(InvalidField::field).isEqualTo("Content-Type");
        assertThat(BodyContentType.refusal(" ", JSON)).isPresent();
        assertThat(BodyContentType.refusal(null, List.of("application/merge-patch+json")).orElseThrow().in(Locale.ENGLISH).message())
                .isEqualTo("is required with a body: application/merge-patch+json");
    }

    @Test
    void aJsonBodyInACharsetThatCannotBeReadIsRefused() {
        assertThat(BodyContentType.refusal("application/json; charset=x-klingon", JSON).orElseThrow().in(Locale.ENGLISH).message())
                .isEqualTo("names charset x-klingon, which cannot be read; send application/json in UTF-8, without a charset "
                        + "or with charset=utf-8");
        assertThat(BodyContentType.refusal("application/merge-patch+json;charset=\"utf 8\"", JSON)).as("not even a name").isPresent();
    }

    @Test
    void aKnownCharsetIsReadAsItSays() {
        assertThat(BodyContentType.refusal("application/json; charset=ISO-8859-1", JSON)).isEmpty();
        assertThat(BodyContentType.refusal("application/merge-patch+json;charset=windows-1252", JSON)).isEmpty();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/merge-patch+json; charset=ISO-8859-1")))
                .isEqualTo(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/json; charset=\"UTF-8\""))).as("UTF-8: nothing to do").isNull();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/json"))).isNull();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("text/csv; charset=ISO-8859-1"))).as("not JSON: its reader decides").isNull();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/json; charset=x-klingon"))).isNull();
    }

    @Test
    void utf8OrNoCharsetIsRead() {
        assertThat(BodyContentType.refusal("application/json", JSON)).isEmpty();
        assertThat(BodyContentType.refusal("application/json; charset=UTF-8", JSON)).isEmpty();
        assertThat(BodyContentType.refusal("Application/JSON;charset=utf-8", JSON)).isEmpty();
        assertThat(BodyContentType.refusal("application/json; charset=\"utf-8\"", JSON)).as("a quoted value").isEmpty();
        assertThat(BodyContentType.refusal("application/merge-patch+json", JSON)).isEmpty();
    }

    @Test
    void otherTypesAreLeftToTheFrameworksOwn415() {
        assertThat(BodyContentType.refusal("text/plain; charset=ISO-8859-1", JSON)).isEmpty();
        assertThat(BodyContentType.refusal("not a type", JSON)).isEmpty();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    static class JsonResource {
        public void create(String body) {
        }

        @Consumes("application/merge-patch+json")
        public void patch(String body) {
        }

        @Consumes({"text/csv", MediaType.APPLICATION_JSON})
        public void both(String body) {
        }
    }

    static class Undeclared {
        public void act() {
        }
    }

    static class Files {
        @Consumes({"application/pdf", "image/png", MediaType.APPLICATION_OCTET_STREAM})
        public void document(byte[] body) {
        }

        @Consumes(MediaType.WILDCARD)
        public void anything(byte[] body) {
        }
    }

    @Test
    void whatAnOperationReadsIsTheMethodsDeclaredTypesElseItsClasss() throws Exception {
        assertThat(BodyContentType.reads(JsonResource.class, JsonResource.class.getMethod("create", String.class)))
                .isEqualTo(new BodyContentType.Reads(List.of("application/json"), true, true));
        assertThat(BodyContentType.reads(JsonResource.class, JsonResource.class.getMethod("patch", String.class)))
                .isEqualTo(new BodyContentType.Reads(List.of("application/merge-patch+json"), true, true));
        assertThat(BodyContentType.reads(JsonResource.class, JsonResource.class.getMethod("both", String.class)))
                .as("a file or JSON: its type is required, its charset is its reader's")
                .isEqualTo(new BodyContentType.Reads(List.of("text/csv", "application/json"), false, true));
        assertThat(BodyContentType.reads(Undeclared.class, Undeclared.class.getMethod("act"))).isEqualTo(BodyContentType.Reads.ANYTHING);
        assertThat(BodyContentType.reads(Files.class, Files.class.getMethod("document", byte[].class)))
                .as("takes any bytes: a body without a type is such bytes").isEqualTo(BodyContentType.Reads.ANYTHING);
        assertThat(BodyContentType.reads(Files.class, Files.class.getMethod("anything", byte[].class))).isEqualTo(BodyContentType.Reads.ANYTHING);
    }
}
