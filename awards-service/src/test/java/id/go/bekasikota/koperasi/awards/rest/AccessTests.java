package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.awards.support.OnTheOfficeClock;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.AwardProgramMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Who may do what (DESIGN.md section 7): officers run programs; jurors see and score only the
 * nominations of their programs without a conflict; cooperatives see their own nominations and
 * nominate themselves only where allowed; the public reads programs and announced winners;
 * auditors read everything and write nothing.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class AccessTests extends OnTheOfficeClock {

    String programId;
    String ownId;
    String otherId;
    String ownNomination;
    String otherNomination;

    @BeforeEach
    void setUp() {
        Map<String, Object> body = AwardProgramMother.program("Koperasi RAT Tepat Waktu " + today.getYear(), today);
        body.put("category", "ON_TIME_RAT");
        body.put("selfNomination", true);
        programId = AwardsApi.createProgram(body);
        ownId = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Sendiri"), programId);
        otherId = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Tetangga"), programId);
        AwardsApi.assignJuror(programId, "juri-access");
        // The cooperative nominates itself (allowed by this program); the office nominates the other.
        ownNomination = given().auth().oauth2(Tokens.cooperative(UUID.fromString(ownId))).contentType(ContentType.JSON)
                .body(Map.of("cooperativeId", ownId, "statement", "Kami selalu RAT sebelum Maret"))
                .when().post("/api/v1/award-programs/" + programId + "/nominations")
                .then().statusCode(201).body("nominatedBy", equalTo("cooperative")).extract().path("id");
        otherNomination = AwardsApi.nominate(programId, otherId);
    }

    @Test
    void onlyOfficersRunPrograms() {
        Map<String, Object> body = AwardProgramMother.program("Tidak boleh", today);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/award-programs").then().statusCode(401)
                .contentType("application/problem+json");
        for (String token : List.of(Tokens.auditor(), Tokens.juror("juri-access"), Tokens.cooperative(UUID.fromString(ownId)),
                Tokens.partner("bank-bjb"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/award-programs")
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).when().post("/api/v1/award-programs/" + programId + "/finalise").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/v1/award-programs/" + programId + "/announce").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("juror", "siapa"))
                    .when().post("/api/v1/award-programs/" + programId + "/jurors").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/nominations/" + otherNomination + "/forward").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "WINNER", "rank", 1, "decidedOn", today.toString()))
                    .when().post("/api/v1/nominations/" + otherNomination + "/forwarding/outcome").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/v1/award-programs/" + programId + "/close-nominations").then().statusCode(403);
            given().auth().oauth2(token).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/award-programs/" + programId).then().statusCode(403);
        }
        for (String token : List.of(Tokens.officer(), Tokens.auditor(), Tokens.cooperative(UUID.fromString(ownId)))) {
            given().auth().oauth2(token).when().get("/api/v1/juror/nominations").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "bukan juri"))
                    .when().post("/api/v1/nominations/" + otherNomination + "/conflicts").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.juror("juri-access")).when().get("/api/v1/award-programs/" + programId + "/history").then().statusCode(403);
        given().when().post("/api/v1/award-programs/" + programId + "/finalise").then().statusCode(401);
    }

    @Test
    void thePublicReadsProgramsButNotNominationsRankingsOrEligibility() {
        given().when().get("/api/v1/award-programs").then().statusCode(200).body("items.id", hasItem(programId));
        given().when().get("/api/v1/award-programs/" + programId).then().statusCode(200)
                .body("scoringSheet", hasSize(1)).header("ETag", Tags.ofVersion(0));
        given().when().get("/api/v1/award-programs/" + programId + "/winners").then().statusCode(200).body("winners", hasSize(0));
        given().when().get("/api/v1/nominations").then().statusCode(401);
        given().when().get("/api/v1/nominations/" + ownNomination).then().statusCode(401);
        given().when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(401);
        given().queryParam("cooperativeId", ownId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(401);
        given().auth().oauth2(Tokens.partner("bank-bjb")).when().get("/api/v1/nominations").then().statusCode(403);
    }

    @Test
    void aCooperativeSeesOnlyItsOwnAndNominatesOnlyItself() {
        String own = Tokens.cooperative(UUID.fromString(ownId));
        given().auth().oauth2(own).when().get("/api/v1/nominations/" + ownNomination).then().statusCode(200);
        given().auth().oauth2(own).when().get("/api/v1/nominations/" + otherNomination).then().statusCode(403)
                .body("type", containsString("forbidden"));
        given().auth().oauth2(own).when().get("/api/v1/nominations").then().statusCode(200)
                .body("items.cooperativeId", everyItem(equalTo(ownId))).body("items.id", hasItem(ownNomination));
        given().auth().oauth2(own).queryParam("cooperativeId", otherId).when().get("/api/v1/nominations").then().statusCode(403);
        given().auth().oauth2(own).contentType(ContentType.JSON).body(Map.of("programId", programId, "cooperativeId", otherId))
                .when().post("/api/v1/nominations").then().statusCode(403);
        given().auth().oauth2(own).contentType(ContentType.JSON).body(Map.of("reason", "bukan punya kami"))
                .when().post("/api/v1/nominations/" + otherNomination + "/withdraw").then().statusCode(403);
        given().auth().oauth2(own).queryParam("cooperativeId", otherId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(403);
        given().auth().oauth2(own).queryParam("cooperativeId", ownId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200).body("eligible", equalTo(true));
        given().auth().oauth2(own).when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(403);
        given().auth().oauth2(own).when().get("/api/v1/nominations/" + ownNomination + "/scores").then().statusCode(403);
        given().auth().oauth2(own).contentType(ContentType.JSON).body(Map.of("scores", List.of(Map.of("indicatorCode", "K1", "score", 100))))
                .when().put("/api/v1/nominations/" + ownNomination + "/scores").then().statusCode(403);
        // Its own withdrawal is allowed.
        given().auth().oauth2(own).contentType(ContentType.JSON).body(Map.of("reason", "Tahun depan saja"))
                .when().post("/api/v1/nominations/" + ownNomination + "/withdraw").then().statusCode(200);
    }

    @Test
    void selfNominationOnlyWhereTheProgramAllowsIt() {
        String closed = AwardsApi.createProgram(AwardProgramMother.program("Hanya dinas yang mencalonkan", today));
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(ownId))).contentType(ContentType.JSON)
                .body(Map.of("programId", closed, "cooperativeId", ownId))
                .when().post("/api/v1/nominations").then().statusCode(403).body("detail", containsString("self-nominations"));
    }

    @Test
    void aJurorSeesAndScoresOnlyNominationsOfItsProgramsWithoutAConflict() {
        String juror = Tokens.juror("juri-access");
        String stranger = Tokens.juror("juri-lain");
        given().auth().oauth2(juror).when().get("/api/v1/nominations/" + otherNomination).then().statusCode(200)
                .body("result", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(stranger).when().get("/api/v1/nominations/" + otherNomination).then().statusCode(403);
        given().auth().oauth2(stranger).when().get("/api/v1/nominations").then().statusCode(200)
                .body("items.id", not(hasItem(otherNomination)));
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("scores", List.of(Map.of("indicatorCode", "K1", "score", 70))))
                .when().put("/api/v1/nominations/" + otherNomination + "/scores").then().statusCode(403)
                .body("detail", containsString("not a juror of this program"));
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("reason", "kenal"))
                .when().post("/api/v1/nominations/" + otherNomination + "/conflicts").then().statusCode(403);
        given().auth().oauth2(juror).when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(403);
        given().auth().oauth2(juror).when().get("/api/v1/nominations/" + otherNomination + "/conflicts").then().statusCode(403);
        given().auth().oauth2(juror).queryParam("cooperativeId", otherId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(403);
        // Both parameters at fault are named at once.
        given().auth().oauth2(Tokens.officer()).queryParam("programId", "nope")
                .when().get("/api/v1/award-eligibility").then().statusCode(400)
                .body("errors.field", equalTo(List.of("cooperativeId", "programId")));

        AwardsApi.score("juri-access", otherNomination, "K1", 70);
        given().auth().oauth2(juror).when().get("/api/v1/nominations/" + otherNomination + "/scores").then().statusCode(200)
                .body("items.juror", everyItem(equalTo("juri-access")));
        given().auth().oauth2(juror).contentType(ContentType.JSON).body(Map.of("reason", "Saudara saya ketua koperasi ini"))
                .when().post("/api/v1/nominations/" + otherNomination + "/conflicts").then().statusCode(201);
        given().auth().oauth2(juror).contentType(ContentType.JSON).body(Map.of("reason", "lagi"))
                .when().post("/api/v1/nominations/" + otherNomination + "/conflicts").then().statusCode(409);
        given().auth().oauth2(juror).when().get("/api/v1/nominations/" + otherNomination).then().statusCode(403);
        given().auth().oauth2(juror).when().get("/api/v1/nominations").then().statusCode(200)
                .body("items.id", not(hasItem(otherNomination))).body("items.id", hasItem(ownNomination));
        given().auth().oauth2(juror).contentType(ContentType.JSON).body(Map.of("scores", List.of(Map.of("indicatorCode", "K1", "score", 90))))
                .when().put("/api/v1/nominations/" + otherNomination + "/scores").then().statusCode(403);
        // The office sees the declaration and that the earlier score no longer counts.
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + otherNomination + "/conflicts").then().statusCode(200)
                .body("items.juror", hasItem("juri-access"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(200)
                .body("entries.find { it.nominationId == '" + otherNomination + "' }.complete", equalTo(false))
                .body("entries.find { it.nominationId == '" + otherNomination + "' }.breakdown.indicators[0].excludedJurors",
                        hasItem("juri-access"));
    }

    @Test
    void auditorsReadEverythingAndWriteNothing() {
        String auditor = Tokens.auditor();
        given().auth().oauth2(auditor).when().get("/api/v1/nominations/" + otherNomination).then().statusCode(200);
        given().auth().oauth2(auditor).queryParam("programId", programId).when().get("/api/v1/nominations").then().statusCode(200)
                .body("items", hasSize(2));
        given().auth().oauth2(auditor).when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(200);
        given().auth().oauth2(auditor).when().get("/api/v1/award-programs/" + programId + "/jurors").then().statusCode(200)
                .body("juror", hasItem("juri-access"));
        given().auth().oauth2(auditor).when().get("/api/v1/nominations/" + otherNomination + "/scores").then().statusCode(200);
        given().auth().oauth2(auditor).queryParam("cooperativeId", otherId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200);
        given().auth().oauth2(auditor).contentType(ContentType.JSON).body(Map.of("programId", programId, "cooperativeId", otherId))
                .when().post("/api/v1/nominations").then().statusCode(403);
        given().auth().oauth2(auditor).contentType(ContentType.JSON).body(Map.of("reason", "audit"))
                .when().post("/api/v1/nominations/" + otherNomination + "/withdraw").then().statusCode(403);
        given().auth().oauth2(auditor).when().delete("/api/v1/award-programs/" + programId + "/jurors/juri-access").then().statusCode(403);
    }
}
