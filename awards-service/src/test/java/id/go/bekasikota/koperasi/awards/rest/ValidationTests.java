package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.awards.support.OnTheOfficeClock;
import id.go.bekasikota.koperasi.testsupport.AwardProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.testsupport.AwardProgramMother.indicator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Bad input answers RFC 9457 problem details naming the field at fault; never a 500. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class ValidationTests extends OnTheOfficeClock {

    private static io.restassured.response.ValidatableResponse post(Object body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/award-programs").then();
    }

    @Test
    void aSheetWithBadWeightsAndMissingTargetsNamesEachField() {
        Map<String, Object> zeroWeight = AwardProgramMother.program("Bobot nol", today);
        zeroWeight.put("scoringSheet", List.of(indicator("K1", "KELEMBAGAAN", "JUROR", null, null, 0)));
        post(zeroWeight).statusCode(400).contentType("application/problem+json").body("type", containsString("validation"))
                .body("errors.field", hasItem("scoringSheet[0].weight"));
        // 1E-500000000 is a positive weight under 1000 in twelve characters; summed with others it would expand to
        // half a billion digits: refused by its decimals, as a target with too many is.
        Map<String, Object> tinyWeight = AwardProgramMother.program("Bobot kecil", today);
        tinyWeight.put("scoringSheet", List.of(indicator("K1", "KELEMBAGAAN", "JUROR", null, null, new java.math.BigDecimal("1E-500000000")),
                indicator("F1", "KEUANGAN", "COMPUTED", "SHU_GROWTH", new java.math.BigDecimal("10.00001"), 5)));
        post(tinyWeight).statusCode(400).body("errors.field", containsInAnyOrder("scoringSheet[0].weight", "scoringSheet[1].target"));
        Map<String, Object> body = AwardProgramMother.program("Lembar salah", today);
        body.put("scoringSheet", List.of(
                indicator("K1", "KELEMBAGAAN", "JUROR", null, null, 1),
                indicator("K1", "USAHA", "COMPUTED", null, null, 5),
                indicator("F1", "KEUANGAN", "JUROR", "SHU_GROWTH", 10, 5)));
        post(body).statusCode(400)
                .body("errors.field", containsInAnyOrder("scoringSheet[1].code", "scoringSheet[1].kind", "scoringSheet[1].target",
                        "scoringSheet[2].kind", "scoringSheet[2].target"));
    }

    @Test
    void namesThatMisleadTheReaderAreRefusedNamingTheField() {
        Map<String, Object> body = AwardProgramMother.program("Koperasi \u202Eanaknep\u202C", today);
        post(body).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        Map<String, Object> letterless = AwardProgramMother.program("2026 - 07", today);
        post(letterless).statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void anEmptySheetIsRefused() {
        Map<String, Object> body = AwardProgramMother.program("Tanpa indikator", today);
        body.put("scoringSheet", List.of());
        post(body).statusCode(400).body("errors.field", hasItem("scoringSheet"));
    }

    @Test
    void crossFieldRules() {
        Map<String, Object> body = AwardProgramMother.program("Per jenis tanpa jenis", today);
        body.put("category", "OUTSTANDING_PER_JENIS");
        body.put("nominationsCloseOn", today.minusDays(8).toString());
        body.put("announcementOn", today.minusDays(9).toString());
        post(body).statusCode(400).body("errors.field", containsInAnyOrder("jenis", "nominationsCloseOn", "announcementOn"));
        Map<String, Object> withJenis = AwardProgramMother.program("Teladan dengan jenis", today);
        withJenis.put("jenis", "JASA");
        post(withJenis).statusCode(400).body("errors[0].field", equalTo("jenis"));
    }

    @Test
    void withoutAnAnnouncementDateTheWinnersAreAnnouncedOnCooperativeDay() {
        // A program of next year, whose window closes today: 12 July of next year.
        Map<String, Object> body = AwardProgramMother.program("Hari Koperasi", today);
        body.put("year", today.getYear() + 1);
        body.remove("announcementOn");
        post(body).statusCode(201).body("announcementOn", equalTo((today.getYear() + 1) + "-07-12"));
        // This year's Cooperative Day is before a window closing after it: the close is named.
        Map<String, Object> late = AwardProgramMother.program("Terlambat", LocalDate.of(today.getYear(), 7, 13));
        late.remove("announcementOn");
        post(late).statusCode(400).body("errors.field", containsInAnyOrder("nominationsCloseOn"));
    }

    @Test
    void unknownFieldsBadEnumsAndMissingFieldsAreNamed() {
        Map<String, Object> unknown = AwardProgramMother.program("Field asing", today);
        unknown.put("state", "ANNOUNCED");
        post(unknown).statusCode(400).body("errors[0].field", equalTo("state"));
        Map<String, Object> badLevel = AwardProgramMother.program("Level salah", today);
        badLevel.put("level", "KECAMATAN");
        post(badLevel).statusCode(400).body("errors[0].field", equalTo("level"));
        Map<String, Object> missing = AwardProgramMother.program("Tanpa tahun", today);
        missing.remove("year");
        missing.put("winners", 0);
        post(missing).statusCode(400).body("errors.field", containsInAnyOrder("year", "winners"));
        post("{not json").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void textsLongerThanTheDocumentStatesAreRefusedNamingTheField() {
        // 20 characters is the longest indicator code (the sheet's pattern)
        String code21 = "K".repeat(21);
        given().auth().oauth2(Tokens.juror("juri-panjang")).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", code21, "score", 80))))
                .when().put("/api/v1/nominations/" + UUID.randomUUID() + "/scores")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("scores[0].indicatorCode")));
    }

    @Test
    void badParametersAndUnknownIds() {
        given().queryParam("year", "dua ribu").when().get("/api/v1/award-programs").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("state", "CLOSED").when().get("/api/v1/award-programs").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().queryParam("size", 1000).when().get("/api/v1/award-programs").then().statusCode(400);
        // Every parameter at fault named in one 400, the page's too.
        given().queryParam("page", 0).queryParam("year", 1999).queryParam("state", "CLOSED").when().get("/api/v1/award-programs")
                .then().statusCode(400).body("errors.field", equalTo(List.of("page", "year", "state")));
        given().auth().oauth2(Tokens.officer()).queryParam("size", 101).queryParam("programId", "x").queryParam("state", "y")
                .when().get("/api/v1/nominations").then().statusCode(400).body("errors.field", equalTo(List.of("size", "programId", "state")));
        given().when().get("/api/v1/award-programs/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/award-programs/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.officer()).queryParam("programId", "x").when().get("/api/v1/award-eligibility")
                .then().statusCode(400).body("errors[0].field", equalTo("cooperativeId"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("programId", "abc", "cooperativeId", UUID.randomUUID()))
                .when().post("/api/v1/nominations").then().statusCode(400).body("errors[0].field", equalTo("programId"));
        String programId = AwardsApi.createProgram(AwardProgramMother.program("Skor salah", today));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(AwardProgramMother.program("Tanpa If-Match", today))
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
