package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.ClusterMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 6: {@code If-None-Match} on an entity read answers 304 with the same ETag and no
 * body when it names the entity's tag (weak comparison) or is {@code *} (platform
 * {@code ConditionalReads}, one filter for every service).
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ConditionalReadTests {

    @Test
    void theCurrentTagStrongOrWeakInAListOrStarIsAnswered304WithoutABody() {
        String path = "/api/v1/cooperatives/" + register();
        for (String ifNoneMatch : List.of("\"0\"", "W/\"0\"", "\"7\", \"0\"", "*")) {
            Response answer = given().auth().oauth2(Tokens.officer()).header("If-None-Match", ifNoneMatch).when().get(path);
            assertThat(answer.statusCode()).as(ifNoneMatch).isEqualTo(304);
            assertThat(answer.header("ETag")).isEqualTo("\"0\"");
            assertThat(answer.asString()).isEmpty();
            assertThat(answer.header("Content-Type")).isNull();
        }
    }

    @Test
    void anotherTagIsAnsweredWithTheEntity() {
        String path = "/api/v1/cooperatives/" + register();
        for (String ifNoneMatch : List.of("\"1\"", "\"00\"", "0", "W/\"10\"")) {
            given().auth().oauth2(Tokens.officer()).header("If-None-Match", ifNoneMatch).when().get(path)
                    .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Koperasi Lima Garuda"));
        }
    }

    @Test
    void aChangeMakesTheOldTagStale() {
        String id = register();
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"kelurahan\": \"Bekasi Jaya\"}").when().patch("/api/v1/cooperatives/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", "\"0\"").when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("kelurahan", equalTo("Bekasi Jaya"));
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", "\"1\"").when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(304).header("ETag", "\"1\"");
    }

    @Test
    void headIsConditionalToo() {
        String path = "/api/v1/cooperatives/" + register();
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", "\"0\"").when().head(path).then().statusCode(304).header("ETag", "\"0\"");
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", "\"3\"").when().head(path).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void thePublicViewHasATagOfItsOwnSoATokenNeverRevalidatesThePublicCopy() {
        String path = "/api/v1/cooperatives/" + register();
        // Anonymous callers read the public view (no board, no personal data) under "0-public".
        Response anonymous = given().when().get(path);
        assertThat(anonymous.header("ETag")).isEqualTo("\"0-public\"");
        given().header("If-None-Match", "\"0-public\"").when().get(path).then().statusCode(304).header("ETag", "\"0-public\"");
        // The office holding that public copy reads again with its token: the full view, not a 304.
        given().auth().oauth2(Tokens.officer()).header("If-None-Match", "\"0-public\"").when().get(path)
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Koperasi Lima Garuda"));
        // An anonymous caller holding the office's tag gets its own view too.
        given().header("If-None-Match", "\"0\"").when().get(path).then().statusCode(200).header("ETag", "\"0-public\"");
        // The public tag is not a version to write on.
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", "\"0-public\"")
                .body("{\"kelurahan\": \"Bekasi Jaya\"}").when().patch(path)
                .then().statusCode(412);
    }

    @Test
    void starOnWhatDoesNotExistIsStillNotFound() {
        given().header("If-None-Match", "*").when().get("/api/v1/cooperatives/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyEntityReadWithAnETagIsConditionalNotOnlyCooperatives() {
        String cluster = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(ClusterMother.cluster("Sentra Boneka " + UUID.randomUUID(), null))
                .when().post("/api/v1/clusters").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        given().header("If-None-Match", "\"0\"").when().get("/api/v1/clusters/" + cluster)
                .then().statusCode(304).header("ETag", "\"0\"").body(emptyString());
        given().header("If-None-Match", "\"9\"").when().get("/api/v1/clusters/" + cluster)
                .then().statusCode(200).header("ETag", "\"0\"");
    }

    private static String register() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }
}
