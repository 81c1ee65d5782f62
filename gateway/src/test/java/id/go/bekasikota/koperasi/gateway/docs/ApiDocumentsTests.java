package id.go.bekasikota.koperasi.gateway.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ApiDocumentsTests {

    @Inject
    GatewayConfig config;

    private static final String PROBLEMS = "https://koperasi.bekasikota.go.id/problems/";

    @Test
    void oneSwaggerUiPageListsEveryService() {
        given().when().get("/api-docs")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("/openapi/registry"), containsString("/openapi/financing"),
                        containsString("/openapi/awards")))
                // A pasted token stays in the tab: not kept in the browser's storage on the office's shared computers.
                .body(allOf(containsString("persistAuthorization"), org.hamcrest.Matchers.not(containsString("persistAuthorization: true")),
                        org.hamcrest.Matchers.not(containsString("persistAuthorization:true"))));
    }

    @Test
    void eachServicesDocumentIsServedThroughTheGateway() {
        given().when().get("/openapi/registry")
                .then().statusCode(200).contentType(containsString("application/json"))
                .header("Vary", containsString("Accept"))
                .body("openapi", equalTo("3.1.0"))
                .body("info.title", equalTo("registry"))
                .body("info.version", equalTo("format=json"));
        given().when().get("/openapi/awards").then().statusCode(200).body("info.title", equalTo("awards"));
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutTheBodyAndOtherMethodsAre405() {
        Response get = given().when().get("/openapi/registry");
        given().when().head("/openapi/registry")
                .then().statusCode(200).contentType(containsString("application/json"))
                .header("ETag", get.header("ETag")).header("Vary", containsString("Accept"))
                .body(emptyString());
        for (String method : new String[]{"POST", "PUT", "DELETE"}) {
            given().when().request(method, "/openapi/registry")
                    .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET, HEAD")
                    .body("type", equalTo(PROBLEMS + "method-not-allowed")).body("status", equalTo(405));
        }
    }

    @Test
    void yamlHoldsExactlyWhatTheJsonHolds() throws Exception {
        Response yaml = given().when().get("/openapi/registry?format=yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(yaml.header("Vary")).contains("Accept");
        String text = yaml.asString();
        assertThat(text).doesNotStartWith("{");

        // Read by SnakeYAML (not the Jackson that wrote it), the JSON by Jackson: the same tree.
        Map<String, Object> fromYaml = new Yaml().load(text);
        String json = given().accept("application/json").when().get("/openapi/registry").asString();
        @SuppressWarnings("unchecked")
        Map<String, Object> fromJson = new ObjectMapper().readValue(json, Map.class);
        assertThat(fromYaml).isEqualTo(fromJson);

        // And what the stub wrote, by hand: text that looks like other things stays text.
        assertThat(fromYaml).containsEntry("openapi", "3.1.0");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) fromYaml.get("info");
        assertThat(info).containsEntry("title", "registry")
                .containsEntry("description", "Line one\nLine two: with a colon\n  indented # not a comment");
        assertThat(fromYaml.get("x-texts")).isEqualTo(List.of("yes", "1.0", "null", "", "- dash", "{brace}"));
        @SuppressWarnings("unchecked")
        Map<String, Object> numbers = (Map<String, Object>) fromYaml.get("x-numbers");
        assertThat(new BigInteger(String.valueOf(numbers.get("big")))).isEqualTo(new BigInteger("9007199254740993"));
        assertThat(numbers.get("rate")).isEqualTo(12.5);
        assertThat(numbers.get("negative")).isEqualTo(-3);
        @SuppressWarnings("unchecked")
        Map<String, Object> flags = (Map<String, Object>) fromYaml.get("x-flags");
        assertThat(flags).containsEntry("on", true).containsEntry("nothing", null);
    }

    @Test
    void acceptChoosesTheFormatWhenNoFormatParameterIsGiven() {
        given().accept("application/yaml").when().get("/openapi/financing")
                .then().statusCode(200).contentType(containsString("application/yaml"))
                .body(containsString("title: \"financing\""));
        // JSON refused (q=0), anything else welcome: YAML
        given().header("Accept", "application/json;q=0, */*").when().get("/openapi/financing")
                .then().statusCode(200).contentType(containsString("application/yaml"));
        // The higher quality wins, whatever the order
        given().header("Accept", "application/json;q=0.4, application/yaml;q=0.9").when().get("/openapi/financing")
                .then().statusCode(200).contentType(containsString("application/yaml"));
        given().header("Accept", "application/yaml;q=0.4, application/*;q=0.9").when().get("/openapi/financing")
                .then().statusCode(200).contentType(containsString("application/json"));
        // A tie, or no preference at all: JSON
        given().header("Accept", "*/*").when().get("/openapi/financing")
                .then().statusCode(200).contentType(containsString("application/json"));
        given().header("Accept", "application/yaml, application/json").when().get("/openapi/financing")
                .then().statusCode(200).contentType(containsString("application/json"));
        // ?format= decides over Accept
        given().accept("application/yaml").when().get("/openapi/financing?format=json")
                .then().statusCode(200).contentType(containsString("application/json")).body("info.title", equalTo("financing"));
    }

    @Test
    void anAcceptHeaderThatTakesNeitherFormatIsA406Problem() {
        for (String accept : List.of("text/html", "application/xml, text/*", "application/json;q=0, application/yaml;q=0")) {
            given().header("Accept", accept).when().get("/openapi/registry")
                    .then().statusCode(406).contentType("application/problem+json")
                    .header("Vary", containsString("Accept"))
                    .body("type", equalTo(PROBLEMS + "not-acceptable"))
                    .body("status", equalTo(406))
                    .body("detail", containsString("application/yaml"));
        }
    }

    @Test
    void aQueryParameterTheOperationDoesNotTakeIsA400NamingIt() {
        given().when().get("/openapi/registry?formt=yaml")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", equalTo(List.of("formt")))
                .body("errors[0].message", equalTo("unknown query parameter; allowed: format"));
        for (String bad : List.of("xml", "", "yaml&format=json")) {
            given().when().get("/openapi/registry?format=" + bad)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "validation"))
                    .body("errors.field", equalTo(List.of("format")));
        }
        given().when().get("/openapi/registry?format=YAML").then().statusCode(200).contentType(containsString("application/yaml"));
    }

    @Test
    void ifNoneMatchWithTheDocumentsETagIsAnswered304() {
        String jsonTag = given().when().get("/openapi/awards").then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().header("ETag");
        String yamlTag = given().when().get("/openapi/awards?format=yaml").then().statusCode(200).extract().header("ETag");
        assertThat(jsonTag).matches("\"[0-9a-f]{32}\"");
        assertThat(yamlTag).matches("\"[0-9a-f]{32}\"").isNotEqualTo(jsonTag);

        for (String ifNoneMatch : List.of(jsonTag, "W/" + jsonTag, "\"other\", " + jsonTag, "*")) {
            given().header("If-None-Match", ifNoneMatch).when().get("/openapi/awards")
                    .then().statusCode(304).header("ETag", jsonTag).header("Vary", containsString("Accept"))
                    .body(emptyString());
        }
        // Another representation's tag, or a stale one: the document itself
        given().header("If-None-Match", jsonTag).when().get("/openapi/awards?format=yaml")
                .then().statusCode(200).header("ETag", yamlTag).contentType(containsString("application/yaml"));
        given().header("If-None-Match", "\"0123456789abcdef0123456789abcdef\"").when().get("/openapi/awards")
                .then().statusCode(200).header("ETag", jsonTag).body("info.title", equalTo("awards"));
        given().header("If-None-Match", yamlTag).accept("application/yaml").when().get("/openapi/awards")
                .then().statusCode(304).header("ETag", yamlTag);
    }

    @Test
    void aDocumentAskedForAgainAndAgainIsReadFromTheServiceOnceInAWhile() {
        String hits = config.services().get("awards").url() + "/stub/hits";
        given().when().get("/openapi/awards?format=yaml").then().statusCode(200);
        int before = Integer.parseInt(given().queryParam("path", "/q/openapi").when().get(hits).asString());
        for (int i = 0; i < 20; i++) {
            given().when().get("/openapi/awards?format=yaml").then().statusCode(200).contentType(containsString("application/yaml"));
        }
        // Twenty more requests: the service was asked at most once more (only if the copy, kept 30 s and perhaps
        // made by an earlier test, ran out during the loop), not twenty times.
        assertThat(Integer.parseInt(given().queryParam("path", "/q/openapi").when().get(hits).asString()))
                .isBetween(before, before + 1);
    }

    @Test
    void aDocumentThatCannotBeReadIsAProblem() {
        given().when().get("/openapi/standby")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unavailable"));
        given().when().get("/openapi/nothing")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/openapi/nothing?format=yaml")
                .then().statusCode(404).contentType("application/problem+json").body("errors.field", nullValue());
    }
}
