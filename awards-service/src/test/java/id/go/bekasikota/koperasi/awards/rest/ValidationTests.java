package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.awards.support.AwardsApi.indicator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bad input answers RFC 9457 problem details naming the field at fault; never a 500. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class ValidationTests {

    private static io.restassured.response.ValidatableResponse post(Object body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/award-programs").then();
    }

    @Test
    void aSheetWithBadWeightsAndMissingTargetsNamesEachField() {
        Map<String, Object> zeroWeight = AwardsApi.program("Bobot nol");
        zeroWeight.put("scoringSheet", List.of(indicator("K1", "KELEMBAGAAN", "JUROR", null, null, 0)));
        post(zeroWeight).statusCode(400).contentType("application/problem+json").body("type", containsString("validation"))
                .body("errors.field", hasItem("scoringSheet[0].weight"));
        Map<String, Object> body = AwardsApi.program("Lembar salah");
        body.put("scoringSheet", List.of(
                indicator("K1", "KELEMBAGAAN", "JUROR", null, null, 1),
                indicator("K1", "USAHA", "COMPUTED", null, null, 5),
                indicator("F1", "KEUANGAN", "JUROR", "SHU_GROWTH", 10, 5)));
        post(body).statusCode(400)
                .body("errors.field", containsInAnyOrder("scoringSheet[1].code", "scoringSheet[1].kind", "scoringSheet[1].target",
                        "scoringSheet[2].kind", "scoringSheet[2].target"));
    }

    @Test
    void anEmptySheetIsRefused() {
        Map<String, Object> body = AwardsApi.program("Tanpa indikator");
        body.put("scoringSheet", List.of());
        post(body).statusCode(400).body("errors.field", hasItem("scoringSheet"));
    }

    @Test
    void crossFieldRules() {
        Map<String, Object> body = AwardsApi.program("Per jenis tanpa jenis");
        body.put("category", "OUTSTANDING_PER_JENIS");
        body.put("nominationsCloseOn", "2026-03-01");
        body.put("announcementOn", "2026-02-01");
        post(body).statusCode(400).body("errors.field", containsInAnyOrder("jenis", "nominationsCloseOn", "announcementOn"));
        Map<String, Object> withJenis = AwardsApi.program("Teladan dengan jenis");
        withJenis.put("jenis", "JASA");
        post(withJenis).statusCode(400).body("errors[0].field", equalTo("jenis"));
    }

    @Test
    void unknownFieldsBadEnumsAndMissingFieldsAreNamed() {
        Map<String, Object> unknown = AwardsApi.program("Field asing");
        unknown.put("state", "ANNOUNCED");
        post(unknown).statusCode(400).body("errors[0].field", equalTo("state"));
        Map<String, Object> badLevel = AwardsApi.program("Level salah");
        badLevel.put("level", "KECAMATAN");
        post(badLevel).statusCode(400).body("errors[0].field", equalTo("level"));
        Map<String, Object> missing = AwardsApi.program("Tanpa tahun");
        missing.remove("year");
        missing.put("winners", 0);
        post(missing).statusCode(400).body("errors.field", containsInAnyOrder("year", "winners"));
        post("{not json").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badParametersAndUnknownIds() {
        given().queryParam("year", "dua ribu").when().get("/api/v1/award-programs").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("state", "CLOSED").when().get("/api/v1/award-programs").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().queryParam("size", 1000).when().get("/api/v1/award-programs").then().statusCode(400);
        given().when().get("/api/v1/award-programs/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/award-programs/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.officer()).queryParam("programId", "x").when().get("/api/v1/award-eligibility")
                .then().statusCode(400).body("errors[0].field", equalTo("cooperativeId"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("programId", "abc", "cooperativeId", UUID.randomUUID()))
                .when().post("/api/v1/nominations").then().statusCode(400).body("errors[0].field", equalTo("programId"));
        String programId = AwardsApi.createProgram(AwardsApi.program("Skor salah"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(AwardsApi.program("Tanpa If-Match"))
                .when().put("/api/v1/award-programs/" + programId).then().statusCode(428);
    }

    @Test
    void scoresOutsideZeroToHundredAreRefused() {
        given().auth().oauth2(Tokens.juror("juri-x")).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "K1", "score", 101))))
                .when().put("/api/v1/nominations/" + UUID.randomUUID() + "/scores").then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].score"));
    }
}
