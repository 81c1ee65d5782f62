package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 items 6 and 7 through the gateway, on the real suite: the four API documents as YAML
 * holding exactly what their JSON holds, conditional reads (304) of documents and entities, and an
 * unknown query parameter refused by the service behind the gateway.
 */
@ExtendWith(SuiteExtension.class)
class PublicDocumentsIT {

    @Test
    void everyDocumentIsOfferedAsYamlHoldingWhatItsJsonHolds() throws Exception {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        for (String service : List.of("registry", "financing", "awards", "notifications")) {
            String json = given().accept("application/json").when().get("/openapi/" + service)
                    .then().statusCode(200).contentType(containsString("application/json")).extract().asString();
            Response yaml = given().accept("application/yaml").when().get("/openapi/" + service);
            assertThat(yaml.statusCode()).as(service).isEqualTo(200);
            assertThat(yaml.contentType()).as(service).startsWith("application/yaml");
            assertThat(yaml.header("Vary")).as(service).contains("Accept");
            // SnakeYAML (YAML 1.1: a plain "on", "yes" or "200" would not come back as text) against Jackson's JSON reading
            Map<String, Object> fromYaml = new Yaml(options).load(yaml.asString());
            @SuppressWarnings("unchecked")
            Map<String, Object> fromJson = new ObjectMapper().readValue(json, Map.class);
            assertThat(fromYaml).as(service).isEqualTo(fromJson);
            assertThat(fromYaml).as(service).containsKey("paths").containsEntry("openapi", fromJson.get("openapi"));
        }
        given().accept("text/html").when().get("/openapi/registry")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/not-acceptable"));
    }

    @Test
    void aDocumentIsNotSentAgainWhileItsETagHolds() {
        String etag = given().when().get("/openapi/financing?format=yaml").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/openapi/financing?format=yaml")
                .then().statusCode(304).header("ETag", etag).body(emptyString());
    }

    @Test
    void anEntityReadThroughTheGatewayIsAnswered304WhileUnchanged() {
        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("cooperativeNumber", CooperativeNumbers.unique(), "name", "Koperasi Bersyarat",
                        "jenis", "JASA", "bentuk", "PRIMER", "kelompok", "COMMUNITY",
                        "kecamatanCode", "327511", "foundedOn", "2010-10-10"))
                .when().post("/api/v1/cooperatives").then().statusCode(201).header("ETag", Tags.ofVersion(0)).extract().path("id");
        String tag = given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).header("ETag", Tags.ofVersion(0)).extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", tag).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(304).header("ETag", tag).body(emptyString());
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", "W/\"1\"").when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).header("ETag", tag).body("name", equalTo("Koperasi Bersyarat"));
    }

    @Test
    void anUnknownQueryParameterIsRefusedBehindTheGatewayToo() {
        given().when().get("/api/v1/cooperatives?kecamatan=327511")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/validation"))
                .body("errors[0].field", equalTo("kecamatan"));
    }
}
