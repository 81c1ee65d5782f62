package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class JsonContentTypeTest {

    private static final List<String> JSON = List.of(MediaType.APPLICATION_JSON);

    @Test
    void aJsonBodyWithoutAContentTypeIsRefusedNamingTheHeader() {
        assertThat(JsonContentType.refusal(null, JSON)).get().extracting(InvalidField::field).isEqualTo("Content-Type");
        assertThat(JsonContentType.refusal(" ", JSON)).isPresent();
        assertThat(JsonContentType.refusal(null, List.of("application/merge-patch+json")).orElseThrow().in(Locale.ENGLISH).message())
                .isEqualTo("is required with a body: application/merge-patch+json");
    }

    @Test
    void aJsonBodyInACharsetThatCannotBeReadIsRefused() {
        assertThat(JsonContentType.refusal("application/json; charset=x-klingon", JSON).orElseThrow().in(Locale.ENGLISH).message())
                .isEqualTo("names charset x-klingon, which cannot be read; send application/json in UTF-8, without a charset "
                        + "or with charset=utf-8");
        assertThat(JsonContentType.refusal("application/merge-patch+json;charset=\"utf 8\"", JSON)).as("not even a name").isPresent();
    }

    @Test
    void aKnownCharsetIsReadAsItSays() {
        assertThat(JsonContentType.refusal("application/json; charset=ISO-8859-1", JSON)).isEmpty();
        assertThat(JsonContentType.refusal("application/merge-patch+json;charset=windows-1252", JSON)).isEmpty();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/merge-patch+json; charset=ISO-8859-1")))
                .isEqualTo(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/json; charset=\"UTF-8\""))).as("UTF-8: nothing to do").isNull();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/json"))).isNull();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("text/csv; charset=ISO-8859-1"))).as("not JSON: its reader decides").isNull();
        assertThat(DeclaredCharset.declared(MediaType.valueOf("application/json; charset=x-klingon"))).isNull();
    }

    @Test
    void utf8OrNoCharsetIsRead() {
        assertThat(JsonContentType.refusal("application/json", JSON)).isEmpty();
        assertThat(JsonContentType.refusal("application/json; charset=UTF-8", JSON)).isEmpty();
        assertThat(JsonContentType.refusal("Application/JSON;charset=utf-8", JSON)).isEmpty();
        assertThat(JsonContentType.refusal("application/json; charset=\"utf-8\"", JSON)).as("a quoted value").isEmpty();
        assertThat(JsonContentType.refusal("application/merge-patch+json", JSON)).isEmpty();
    }

    @Test
    void otherTypesAreLeftToTheFrameworksOwn415() {
        assertThat(JsonContentType.refusal("text/plain; charset=ISO-8859-1", JSON)).isEmpty();
        assertThat(JsonContentType.refusal("not a type", JSON)).isEmpty();
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

    @Test
    void theJsonTypesAreTheMethodsDeclaredOnesElseItsClasss() throws Exception {
        assertThat(JsonContentType.jsonTypes(JsonResource.class, JsonResource.class.getMethod("create", String.class)))
                .containsExactly("application/json");
        assertThat(JsonContentType.jsonTypes(JsonResource.class, JsonResource.class.getMethod("patch", String.class)))
                .containsExactly("application/merge-patch+json");
        assertThat(JsonContentType.jsonTypes(JsonResource.class, JsonResource.class.getMethod("both", String.class)))
                .as("reads CSV too: its reader looks at the bytes").isEmpty();
        assertThat(JsonContentType.jsonTypes(Undeclared.class, Undeclared.class.getMethod("act"))).isEmpty();
    }
}
