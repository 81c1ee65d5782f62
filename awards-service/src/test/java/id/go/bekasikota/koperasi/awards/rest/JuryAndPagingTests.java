package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.awards.support.OnTheOfficeClock;
import id.go.bekasikota.koperasi.testsupport.AwardProgramMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 13 item 4 (OWASP array and string limits, true on the wire): a jury has at most 25 jurors,
 * so every list with one entry per juror is bounded; the lists that grow without a bound (the
 * ranking, the trails, the declarations, the scores, a juror's work list) are paged.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class JuryAndPagingTests extends OnTheOfficeClock {

    private static String juror(int i) {
        return String.format("juri-batas-%02d", i);
    }

    @Test
    void aJuryHasTwentyFiveJurorsAtMostAndTheGrowingListsArePaged() {
        String programId = AwardsApi.createProgram(AwardProgramMother.program("Juri paling banyak 25", today));
        String jurors = "/api/v1/award-programs/" + programId + "/jurors";
        for (int i = 1; i <= 25; i++) {
            AwardsApi.assignJuror(programId, juror(i));
        }
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("juror", juror(26)))
                .when().post(jurors).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("detail", equalTo("The jury has its 25 jurors already: remove one before assigning another"))
                .body("reasons", contains("The jury has 25 jurors; at most 25 may sit on one program: remove one before assigning another."));
        given().auth().oauth2(Tokens.officer()).header("Accept-Language", "id").contentType(ContentType.JSON)
                .body(Map.of("juror", juror(26))).when().post(jurors).then().statusCode(422)
                .body("detail", equalTo("Dewan juri sudah beranggotakan 25 juri: hapus salah satu sebelum menugaskan juri lain"));
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            all.add(juror(i));
        }
        given().auth().oauth2(Tokens.auditor()).when().get(jurors).then().statusCode(200).body("juror", equalTo(all));
        // One leaves, one more may join; then the jury is full again.
        given().auth().oauth2(Tokens.officer()).when().delete(jurors + "/" + juror(25)).then().statusCode(204);
        AwardsApi.assignJuror(programId, juror(26));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("juror", juror(27)))
                .when().post(jurors).then().statusCode(422);
        given().auth().oauth2(Tokens.auditor()).when().get(jurors).then().statusCode(200).body("", hasSize(25))
                .body("juror[24]", equalTo(juror(26)));

        // Three nominations: juror 1 scores them 90, 60 and 30; jurors 2 and 3 score the first 80 and 70 (mean 80).
        String a = AwardsApi.nominate(programId, AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Batas A"), programId));
        String b = AwardsApi.nominate(programId, AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Batas B"), programId));
        String c = AwardsApi.nominate(programId, AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Batas C"), programId));
        AwardsApi.score(juror(1), a, "K1", 90);
        AwardsApi.score(juror(1), b, "K1", 60);
        AwardsApi.score(juror(1), c, "K1", 30);
        AwardsApi.score(juror(2), a, "K1", 80);
        AwardsApi.score(juror(3), a, "K1", 70);
        for (int i = 4; i <= 6; i++) {
            given().auth().oauth2(Tokens.juror(juror(i))).contentType(ContentType.JSON).body(Map.of("reason", "kerabat pengurus"))
                    .when().post("/api/v1/nominations/" + a + "/conflicts").then().statusCode(201);
        }

        // The ranking, two entries a page.
        String ranking = "/api/v1/award-programs/" + programId + "/ranking";
        given().auth().oauth2(Tokens.officer()).queryParam("size", 2).when().get(ranking).then().statusCode(200)
                .body("entries.nominationId", contains(a, b)).body("entries.rank", contains(1, 2))
                .body("entries.totalScore", contains(80.0f, 60.0f))
                .body("page.number", equalTo(1)).body("page.size", equalTo(2))
                .body("page.totalItems", equalTo(3)).body("page.totalPages", equalTo(2));
        given().auth().oauth2(Tokens.auditor()).queryParam("page", 2).queryParam("size", 2).when().get(ranking).then().statusCode(200)
                .body("entries.nominationId", contains(c)).body("entries.rank", contains(3)).body("entries.totalScore", contains(30.0f))
                .body("provisional", equalTo(true)).body("page.number", equalTo(2));
        given().auth().oauth2(Tokens.officer()).queryParam("page", 3).queryParam("size", 2).when().get(ranking).then().statusCode(200)
                .body("entries", hasSize(0)).body("page.totalItems", equalTo(3));
        given().auth().oauth2(Tokens.officer()).queryParam("size", 101).when().get(ranking).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        // The breakdown names the jurors whose scores count.
        given().auth().oauth2(Tokens.officer()).when().get(ranking).then().statusCode(200)
                .body("entries[0].breakdown.indicators[0].jurorScores.juror", contains(juror(1), juror(2), juror(3)))
                .body("entries[0].breakdown.indicators[0].explanation", equalTo("Mean of 3 juror scores (90 + 80 + 70) / 3 = 80.00."));

        // The scores of the first nomination, the declarations about it, its trail: paged.
        given().auth().oauth2(Tokens.auditor()).queryParam("size", 2).when().get("/api/v1/nominations/" + a + "/scores")
                .then().statusCode(200).body("items.juror", contains(juror(1), juror(2))).body("items.score", contains(90, 80))
                .body("page.totalItems", equalTo(3)).body("page.totalPages", equalTo(2));
        given().auth().oauth2(Tokens.auditor()).queryParam("page", 2).queryParam("size", 2).when().get("/api/v1/nominations/" + a + "/scores")
                .then().statusCode(200).body("items.juror", contains(juror(3))).body("items.score", contains(70));
        given().auth().oauth2(Tokens.juror(juror(2))).when().get("/api/v1/nominations/" + a + "/scores")
                .then().statusCode(200).body("items.juror", contains(juror(2))).body("page.totalItems", equalTo(1));
        given().auth().oauth2(Tokens.officer()).queryParam("page", 2).queryParam("size", 2).when().get("/api/v1/nominations/" + a + "/conflicts")
                .then().statusCode(200).body("items.juror", contains(juror(6))).body("page.totalItems", equalTo(3));
        given().auth().oauth2(Tokens.officer()).queryParam("size", 2).when().get("/api/v1/nominations/" + a + "/conflicts")
                .then().statusCode(200).body("items.juror", contains(juror(4), juror(5)));
        given().auth().oauth2(Tokens.auditor()).queryParam("size", 5).when().get("/api/v1/nominations/" + a + "/history")
                .then().statusCode(200).body("items.action", contains("NOMINATED", "SCORED", "SCORED", "SCORED", "CONFLICT_DECLARED"))
                .body("page.totalItems", equalTo(7)).body("page.totalPages", equalTo(2));
        given().auth().oauth2(Tokens.auditor()).queryParam("page", 2).queryParam("size", 5).when().get("/api/v1/nominations/" + a + "/history")
                .then().statusCode(200).body("items.action", contains("CONFLICT_DECLARED", "CONFLICT_DECLARED"));
        // The program's trail: created, 25 assigned, one removed, one more assigned, 3 nominations, 5 scores, 3 declarations.
        given().auth().oauth2(Tokens.officer()).queryParam("size", 3).when().get("/api/v1/award-programs/" + programId + "/history")
                .then().statusCode(200).body("items.action", contains("PROGRAM_CREATED", "JUROR_ASSIGNED", "JUROR_ASSIGNED"))
                .body("page.totalItems", equalTo(39)).body("page.totalPages", equalTo(13));

        // A juror's work list, two a page (by program, then cooperative number).
        given().auth().oauth2(Tokens.juror(juror(7))).queryParam("size", 2).when().get("/api/v1/juror/nominations").then().statusCode(200)
                .body("items", hasSize(2)).body("page.totalItems", equalTo(3)).body("page.totalPages", equalTo(2));
        given().auth().oauth2(Tokens.juror(juror(7))).queryParam("page", 2).queryParam("size", 2).when().get("/api/v1/juror/nominations")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].programId", equalTo(programId));
        // A juror who declared a conflict with the first cooperative has two left.
        given().auth().oauth2(Tokens.juror(juror(4))).when().get("/api/v1/juror/nominations").then().statusCode(200)
                .body("items.nominationId", containsInAnyOrder(b, c))
                .body("page.totalItems", equalTo(2));
    }
}
