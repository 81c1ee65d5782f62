package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own problems speak the language Accept-Language asks for (Bahasa Indonesia or English,
 * English when it names neither), say it in Content-Language, and keep the type the same in both.
 * The expected texts are written here, not read from the bundles.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ProblemLanguageTests {

    private static final String TYPE = "https://koperasi.bekasikota.go.id/problems/unauthenticated";

    private static ExtractableResponse<Response> withoutToken(String acceptLanguage) {
        var request = given();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get("/api/v1/loan-applications").then().statusCode(401).contentType("application/problem+json").extract();
    }

    @Test
    void indonesianWhenAskedFor() {
        ExtractableResponse<Response> answer = withoutToken("id");
        assertThat(answer.header("Content-Language")).isEqualTo("id");
        assertThat(answer.headers().getValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
        assertThat(answer.<String>path("type")).isEqualTo(TYPE);
        assertThat(answer.<String>path("title")).isEqualTo("Diperlukan token bearer yang sah");
        assertThat(answer.<String>path("detail")).isEqualTo("Operasi ini memerlukan token bearer");
    }

    @Test
    void englishWhenAskedFor() {
        ExtractableResponse<Response> answer = withoutToken("en");
        assertThat(answer.header("Content-Language")).isEqualTo("en");
        assertThat(answer.<String>path("type")).isEqualTo(TYPE);
        assertThat(answer.<String>path("title")).isEqualTo("A valid bearer token is required");
        assertThat(answer.<String>path("detail")).isEqualTo("This operation needs a bearer token");
    }

    @Test
    void englishWhenNoLanguageOfOursIsNamed() {
        for (String acceptLanguage : new String[]{null, "*", "fr-FR, de;q=0.8", "not a language list;;"}) {
            ExtractableResponse<Response> answer = withoutToken(acceptLanguage);
            assertThat(answer.header("Content-Language")).as(acceptLanguage).isEqualTo("en");
            assertThat(answer.<String>path("title")).as(acceptLanguage).isEqualTo("A valid bearer token is required");
        }
    }

    @Test
    void aBrowserSetToIndonesianIsAnsweredInIndonesian() {
        for (String acceptLanguage : new String[]{"id-ID", "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "fr, id;q=0.5", "en;q=0.3, id"}) {
            ExtractableResponse<Response> answer = withoutToken(acceptLanguage);
            assertThat(answer.header("Content-Language")).as(acceptLanguage).isEqualTo("id");
            assertThat(answer.<String>path("detail")).as(acceptLanguage).isEqualTo("Operasi ini memerlukan token bearer");
        }
    }

    @Test
    void anotherProblemOfTheGatewayInBothLanguages() {
        ExtractableResponse<Response> indonesian = given().header("Accept-Language", "id").when().get("/tidak-ada")
                .then().statusCode(404).header("Content-Language", "id").extract();
        assertThat(indonesian.<String>path("title")).isEqualTo("Tidak ditemukan");
        assertThat(indonesian.<String>path("detail")).isEqualTo("Tidak ada sumber daya pada /tidak-ada");
        ExtractableResponse<Response> english = given().header("Accept-Language", "en").when().get("/tidak-ada")
                .then().statusCode(404).header("Content-Language", "en").extract();
        assertThat(english.<String>path("title")).isEqualTo("Not found");
        assertThat(english.<String>path("detail")).isEqualTo("No resource at /tidak-ada");
        assertThat(english.<String>path("type")).isEqualTo(indonesian.<String>path("type"))
                .isEqualTo("https://koperasi.bekasikota.go.id/problems/not-found");
    }
}
