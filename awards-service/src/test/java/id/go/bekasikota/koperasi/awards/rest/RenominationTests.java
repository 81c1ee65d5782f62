package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.awards.support.OnTheOfficeClock;
import id.go.bekasikota.koperasi.testsupport.AwardProgramMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The jury's record survives a withdrawal (issue 15): a juror declares a conflict, another
 * scores, the cooperative withdraws and nominates itself again. The new nomination still bars
 * the conflicted juror, the earlier scores stay with the withdrawn nomination and in its
 * history, and a cooperative is nominated again at most twice per program.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class RenominationTests extends OnTheOfficeClock {

    String cooperativeId;

    @Test
    void aReNominationKeepsTheConflictAndTheEarlierScoresAndIsLimited() {
        Map<String, Object> body = AwardProgramMother.program("Teladan dengan pencalonan ulang", today);
        body.put("selfNomination", true);
        String programId = AwardsApi.createProgram(body);
        cooperativeId = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Ulang"), programId);
        String itself = Tokens.cooperative(UUID.fromString(cooperativeId));
        AwardsApi.assignJuror(programId, "juri-konflik");
        AwardsApi.assignJuror(programId, "juri-netral");
        String conflicted = Tokens.juror("juri-konflik");

        eligibility(itself, programId).body("eligible", equalTo(true)).body("nominable", equalTo(true)).body("obstacles", hasSize(0));
        String first = selfNominate(programId, itself).statusCode(201).body("previousNominationId", equalTo(null))
                .extract().path("id");
        // In the running: eligible, but not nominable again.
        eligibility(itself, programId).body("eligible", equalTo(true)).body("nominable", equalTo(false))
                .body("obstacles", contains("Nominated for this program already (nomination " + first + " of " + today + ", in the running)."));
        String declaration = given().auth().oauth2(conflicted).contentType(ContentType.JSON)
                .body(Map.of("reason", "Saya pengawas koperasi ini"))
                .when().post("/api/v1/nominations/" + first + "/conflicts").then().statusCode(201)
                .body("cooperativeId", equalTo(cooperativeId)).body("programId", equalTo(programId))
                .extract().path("nominationId");
        AwardsApi.score("juri-netral", first, "K1", 70);
        withdraw(itself, first, "Berkas belum lengkap").statusCode(200).body("state", equalTo("WITHDRAWN"));

        String second = selfNominate(programId, itself).statusCode(201).body("state", equalTo("SUBMITTED"))
                .body("previousNominationId", equalTo(first)).extract().path("id");

        // The conflict holds for the new nomination: no reading, no scoring, not in the juror's lists, no second declaration.
        given().auth().oauth2(conflicted).when().get("/api/v1/nominations/" + second).then().statusCode(403);
        given().auth().oauth2(conflicted).when().get("/api/v1/nominations/" + second + "/scores").then().statusCode(403);
        given().auth().oauth2(conflicted).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "K1", "score", 100))))
                .when().put("/api/v1/nominations/" + second + "/scores").then().statusCode(403)
                .body("detail", containsString("conflict of interest"));
        given().auth().oauth2(conflicted).when().get("/api/v1/juror/nominations").then().statusCode(200)
                .body("items.nominationId", not(hasItem(second)));
        given().auth().oauth2(conflicted).queryParam("programId", programId).when().get("/api/v1/nominations").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(conflicted).contentType(ContentType.JSON).body(Map.of("reason", "sekali lagi"))
                .when().post("/api/v1/nominations/" + second + "/conflicts").then().statusCode(409)
                .body("type", containsString("duplicate"));
        given().auth().oauth2(conflicted).when().get("/api/v1/nominations/" + first).then().statusCode(403);
        // The other juror scores the new nomination afresh.
        given().auth().oauth2(Tokens.juror("juri-netral")).when().get("/api/v1/nominations/" + second).then().statusCode(200);
        given().auth().oauth2(Tokens.juror("juri-netral")).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "K1", "score", 85))))
                .when().put("/api/v1/nominations/" + second + "/scores").then().statusCode(200)
                .body("score", contains(85)).body("revision", contains(1));

        // The office sees the declaration on the new nomination, and the earlier scores where they were given.
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + second + "/conflicts").then().statusCode(200)
                .body("items.juror", contains("juri-konflik")).body("items.nominationId", contains(declaration));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/nominations/" + first + "/scores").then().statusCode(200)
                .body("items.juror", contains("juri-netral")).body("items.score", contains(70));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/nominations/" + first + "/history").then().statusCode(200)
                .body("items.action", contains("NOMINATED", "CONFLICT_DECLARED", "SCORED", "WITHDRAWN"))
                .body("items.find { it.action == 'SCORED' }.actor", equalTo("juri-netral"))
                .body("items.find { it.action == 'SCORED' }.detail", equalTo("K1: 70 (dinilai)"))
                .body("items.find { it.action == 'WITHDRAWN' }.actorRole", equalTo("cooperative"));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/nominations/" + second + "/history").then().statusCode(200)
                .body("items.action", contains("NOMINATED", "SCORED"))
                .body("items[0].detail", containsString("again (re-nomination 1 of at most 2, after withdrawal of nomination " + first + ")"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/award-programs/" + programId + "/ranking").then().statusCode(200)
                .body("entries.nominationId", contains(second))
                .body("entries[0].breakdown.indicators[0].jurorScores.juror", contains("juri-netral"));

        // Twice withdrawn and nominated again is the limit: a third withdrawal ends the cooperative's part in the program.
        withdraw(Tokens.officer(), second, "Data keuangan dikoreksi").statusCode(200);
        String third = selfNominate(programId, itself).statusCode(201).body("previousNominationId", equalTo(second))
                .extract().path("id");
        given().auth().oauth2(conflicted).when().get("/api/v1/nominations/" + third).then().statusCode(403);
        withdraw(itself, third, "Mundur").statusCode(200);
        // The check before nominating says what the nomination will say, in the reader's language too.
        eligibility(itself, programId).body("eligible", equalTo(true)).body("nominable", equalTo(false))
                .body("obstacles", contains("The cooperative was nominated for this program and withdrawn 3 times; after a withdrawal"
                        + " it may be nominated again at most 2 times."));
        given().auth().oauth2(itself).header("Accept-Language", "id").queryParam("cooperativeId", cooperativeId)
                .queryParam("programId", programId).when().get("/api/v1/award-eligibility").then().statusCode(200)
                .body("obstacles", contains("Koperasi ini sudah dinominasikan untuk program ini dan ditarik 3 kali; setelah penarikan,"
                        + " koperasi hanya dapat dinominasikan kembali paling banyak 2 kali."));
        selfNominate(programId, itself).statusCode(422).contentType("application/problem+json")
                .body("type", containsString("rule-violation"))
                .body("reasons", contains("The cooperative was nominated for this program and withdrawn 3 times; after a withdrawal"
                        + " it may be nominated again at most 2 times."));
        given().auth().oauth2(Tokens.officer()).queryParam("programId", programId).queryParam("cooperativeId", cooperativeId)
                .when().get("/api/v1/nominations").then().statusCode(200)
                .body("items.state", contains("WITHDRAWN", "WITHDRAWN", "WITHDRAWN"));
    }

    @Test
    void aReNominationNeedsTheWindowOpen() {
        String programId = AwardsApi.createProgram(AwardProgramMother.program("Jendela tertutup", today));
        String cooperativeId = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Terlambat Lagi"), programId);
        String nomination = AwardsApi.nominate(programId, cooperativeId);
        withdraw(Tokens.officer(), nomination, "Salah berkas").statusCode(200);
        clock.today(today.plusDays(1));
        // The office's check and a cooperative's: the window, and the program takes no self-nominations.
        String window = "Nominations are accepted from " + DueYear.later(today.minusDays(7), DueYear.firstDay(today)) + " to " + today
                + ", not on " + today.plusDays(1) + ".";
        given().auth().oauth2(Tokens.officer()).queryParam("cooperativeId", cooperativeId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200).body("eligible", equalTo(true))
                .body("nominable", equalTo(false)).body("obstacles", contains(window));
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(cooperativeId))).queryParam("cooperativeId", cooperativeId)
                .queryParam("programId", programId).when().get("/api/v1/award-eligibility").then().statusCode(200)
                .body("obstacles", contains("The program takes no self-nominations: the office nominates.", window));
        AwardsApi.tryToNominate(programId, cooperativeId).statusCode(422)
                .body("reasons", contains("Nominations are accepted from " + DueYear.later(today.minusDays(7), DueYear.firstDay(today)) + " to " + today + ", not on "
                        + today.plusDays(1) + "."));
    }

    private ValidatableResponse eligibility(String token, String programId) {
        return given().auth().oauth2(token).queryParam("cooperativeId", cooperativeId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200);
    }

    private ValidatableResponse selfNominate(String programId, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("cooperativeId", cooperativeId, "statement", "Kami mencalonkan diri"))
                .when().post("/api/v1/award-programs/" + programId + "/nominations").then();
    }

    private static ValidatableResponse withdraw(String token, String nominationId, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/v1/nominations/" + nominationId + "/withdraw").then();
    }
}
