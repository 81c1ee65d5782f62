package id.go.bekasikota.koperasi.awards.rest;

import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.awards.support.OnTheOfficeClock;
import id.go.bekasikota.koperasi.testsupport.AwardProgramMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A juror's scores of a nomination are saved on the version its form read (DESIGN.md 6: a stale version is
 * refused, never silently overwritten). The version is the sum of the scores' revisions, so every figure
 * below is counted by hand: K1 scored once and K2 twice is 1 + 2 = 3.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class ScoreVersionTests extends OnTheOfficeClock {

    private static final String STALE = "https://koperasi.bekasikota.go.id/problems/stale-version";
    private static final String MISSING = "https://koperasi.bekasikota.go.id/problems/precondition-required";

    /** A nomination in a program whose sheet has two juror indicators, K1 and K2, scored by {@code jurors}. */
    private String nomination(String name, String... jurors) {
        Map<String, Object> body = AwardProgramMother.program(name, today);
        body.put("scoringSheet", List.of(AwardProgramMother.juror("K1", "KELEMBAGAAN", 1), AwardProgramMother.juror("K2", "USAHA", 1)));
        String programId = AwardsApi.createProgram(body);
        for (String juror : jurors) {
            AwardsApi.assignJuror(programId, juror);
        }
        return AwardsApi.nominate(programId, AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi " + name), programId));
    }

    private static Map<String, Object> scores(Object... codesAndScores) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < codesAndScores.length; i += 2) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("indicatorCode", codesAndScores[i]);
            item.put("score", codesAndScores[i + 1]);
            item.put("comment", "dinilai");
            items.add(item);
        }
        return Map.of("scores", items);
    }

    private static RequestSpecification asJuror(String juror) {
        return given().auth().oauth2(Tokens.juror(juror));
    }

    private static ValidatableResponse save(String juror, String nomination, String ifMatch, Map<String, Object> scores) {
        return asJuror(juror).header("If-Match", ifMatch).contentType(ContentType.JSON).body(scores)
                .when().put("/api/v1/nominations/" + nomination + "/scores").then();
    }

    private static ValidatableResponse saveWithoutIfMatch(String juror, String nomination, Map<String, Object> scores) {
        return asJuror(juror).contentType(ContentType.JSON).body(scores).when().put("/api/v1/nominations/" + nomination + "/scores").then();
    }

    private static ValidatableResponse read(String juror, String nomination) {
        return asJuror(juror).when().get("/api/v1/nominations/" + nomination + "/scores").then();
    }

    @Test
    void aFormOpenInTwoTabsCannotOverwriteTheOtherTabsSave() {
        String nomination = nomination("Dua Tab", "juri-tab");

        // The first scoring overwrites nothing, so it needs no If-Match. K1 and K2 once each: 1 + 1 = 2.
        saveWithoutIfMatch("juri-tab", nomination, scores("K1", 70, "K2", 60)).statusCode(200)
                .header("ETag", Tags.ofVersion(2)).body("indicatorCode", contains("K1", "K2")).body("score", contains(70, 60));

        // Both tabs load the form: the juror's read answers the tag of its scores.
        String tabA = read("juri-tab", nomination).statusCode(200).header("ETag", Tags.ofVersion(2))
                .body("items.score", contains(70, 60)).extract().header("ETag");
        String tabB = read("juri-tab", nomination).statusCode(200).header("ETag", equalTo(tabA)).extract().header("ETag");
        // A form revalidating with it while nothing changed is answered 304.
        asJuror("juri-tab").header("If-None-Match", tabA).when().get("/api/v1/nominations/" + nomination + "/scores").then().statusCode(304);

        // Tab A saves K2 = 85 with the tag it read. K1 once, K2 twice: 1 + 2 = 3.
        String afterA = save("juri-tab", nomination, tabA, scores("K2", 85)).statusCode(200).header("ETag", Tags.ofVersion(3))
                .body("score", contains(70, 85)).body("revision", contains(1, 2)).extract().header("ETag");
        // Tab B, still showing the earlier scores, saves K2 = 70: refused, and A's 85 stays.
        save("juri-tab", nomination, tabB, scores("K2", 70)).statusCode(412).contentType("application/problem+json")
                .body("type", equalTo(STALE)).body("detail", containsString("\"3\""));
        // Without If-Match, now that the juror has scores: refused too.
        saveWithoutIfMatch("juri-tab", nomination, scores("K2", 70)).statusCode(428).contentType("application/problem+json")
                .body("type", equalTo(MISSING)).body("detail", containsString("\"3\""));
        read("juri-tab", nomination).statusCode(200).header("ETag", Tags.ofVersion(3))
                .body("items.indicatorCode", contains("K1", "K2")).body("items.score", contains(70, 85));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + nomination + "/scores").then().statusCode(200)
                .body("items.score", contains(70, 85));
        // Neither refusal wrote to the trail: two entries for the first scoring, one for tab A's save.
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/nominations/" + nomination + "/history").then().statusCode(200)
                .body("items.action", contains("NOMINATED", "SCORED", "SCORED", "SCORED"))
                .body("items[3].detail", equalTo("K2: 60 -> 85 (dinilai)"));

        // Tab A saves again with the tag its save answered. K1 twice, K2 twice: 2 + 2 = 4.
        save("juri-tab", nomination, afterA, scores("K1", 75)).statusCode(200).header("ETag", Tags.ofVersion(4))
                .body("score", contains(75, 85));
        // Tab B reads the scores again and makes its change on what they are now. K1 twice, K2 three times: 2 + 3 = 5.
        String reread = read("juri-tab", nomination).statusCode(200).header("ETag", Tags.ofVersion(4))
                .body("items.score", contains(75, 85)).extract().header("ETag");
        save("juri-tab", nomination, reread, scores("K2", 70)).statusCode(200).header("ETag", Tags.ofVersion(5))
                .body("score", contains(75, 70)).body("revision", contains(2, 3));
    }

    @Test
    void aJurorsFirstScoringMayNameVersionZeroAndEachJurorsScoresAreASetOfTheirOwn() {
        String nomination = nomination("Skor Pertama", "juri-awal-1", "juri-awal-2");

        // Before any score: version 0, nothing in it.
        String none = read("juri-awal-1", nomination).statusCode(200).header("ETag", Tags.ofVersion(0))
                .body("items", hasSize(0)).extract().header("ETag");
        // A version the scores have not reached is refused, and nothing is saved.
        save("juri-awal-1", nomination, "\"1\"", scores("K1", 80)).statusCode(412).body("type", equalTo(STALE));
        read("juri-awal-1", nomination).statusCode(200).header("ETag", Tags.ofVersion(0)).body("items", hasSize(0));
        // With the tag read: saved. K1 once: 1.
        save("juri-awal-1", nomination, none, scores("K1", 80)).statusCode(200).header("ETag", Tags.ofVersion(1));

        // Another juror's scores are a set of their own: its first scoring needs no If-Match although juri-awal-1 has
        // scored, and its version counts only its own scores. K1 and K2 once each: 1 + 1 = 2.
        saveWithoutIfMatch("juri-awal-2", nomination, scores("K1", 90, "K2", 70)).statusCode(200).header("ETag", Tags.ofVersion(2));
        // Every page of the same scores names the same version.
        asJuror("juri-awal-2").queryParam("size", 1).queryParam("page", 2).when().get("/api/v1/nominations/" + nomination + "/scores")
                .then().statusCode(200).header("ETag", Tags.ofVersion(2)).body("items.indicatorCode", contains("K2"));
        read("juri-awal-1", nomination).statusCode(200).header("ETag", Tags.ofVersion(1)).body("items.juror", contains("juri-awal-1"));

        // The office reads every juror's scores, with no ETag: they are no one set, and the office does not score.
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + nomination + "/scores").then().statusCode(200)
                .header("ETag", nullValue()).body("items.juror", contains("juri-awal-1", "juri-awal-2", "juri-awal-2"));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/nominations/" + nomination + "/scores").then().statusCode(200)
                .header("ETag", nullValue());

        // If-Match compares the version alone: "1" names the version of any read's "1.<digest>". K1 once, K2 once: 1 + 1 = 2.
        save("juri-awal-1", nomination, "\"1\"", scores("K2", 50)).statusCode(200).header("ETag", Tags.ofVersion(2));
        // A weak tag never matches If-Match (strong comparison).
        save("juri-awal-1", nomination, "W/\"2\"", scores("K2", 55)).statusCode(412).body("type", equalTo(STALE));
    }

    @Test
    void aJurorRemovedAndSeatedAgainScoresAfresh() {
        Map<String, Object> body = AwardProgramMother.program("Juri kembali", today);
        body.put("scoringSheet", List.of(AwardProgramMother.juror("K1", "KELEMBAGAAN", 1), AwardProgramMother.juror("K2", "USAHA", 1)));
        String programId = AwardsApi.createProgram(body);
        AwardsApi.assignJuror(programId, "juri-kembali-1");
        AwardsApi.assignJuror(programId, "juri-kembali-2");
        String nomination = AwardsApi.nominate(programId,
                AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Juri Kembali"), programId));
        String ranking = "/api/v1/award-programs/" + programId + "/ranking";
        saveWithoutIfMatch("juri-kembali-1", nomination, scores("K1", 90, "K2", 70)).statusCode(200).body("counts", contains(true, true));
        saveWithoutIfMatch("juri-kembali-2", nomination, scores("K1", 50, "K2", 50)).statusCode(200);
        // K1 (90 + 50) / 2 = 70, K2 (70 + 50) / 2 = 60: total (70 + 60) / 2 = 65.00.
        given().auth().oauth2(Tokens.officer()).when().get(ranking).then().statusCode(200)
                .body("entries[0].totalScore", equalTo(65.0f)).body("entries[0].complete", equalTo(true));

        // Removed: only juri-kembali-2 counts, 50 and 50.
        given().auth().oauth2(Tokens.officer()).when().delete("/api/v1/award-programs/" + programId + "/jurors/juri-kembali-1")
                .then().statusCode(204);
        given().auth().oauth2(Tokens.officer()).when().get(ranking).then().statusCode(200)
                .body("entries[0].totalScore", equalTo(50.0f)).body("entries[0].complete", equalTo(true));
        // Seated again: the earlier scores are on the form but do not count until given again, and the jury is not done.
        AwardsApi.assignJuror(programId, "juri-kembali-1");
        given().auth().oauth2(Tokens.officer()).when().get(ranking).then().statusCode(200)
                .body("entries[0].totalScore", equalTo(50.0f)).body("entries[0].complete", equalTo(false));
        // The juror's work list says the same of its scores of the nomination.
        asJuror("juri-kembali-1").when().get("/api/v1/juror/nominations").then().statusCode(200)
                .body("items.find { it.nominationId == '" + nomination + "' }.myScores.counts", contains(false, false));
        String form = read("juri-kembali-1", nomination).statusCode(200).header("ETag", Tags.ofVersion(2))
                .body("items.indicatorCode", contains("K1", "K2")).body("items.counts", contains(false, false)).extract().header("ETag");
        // K1 given again: it counts (K1 (90 + 50) / 2 = 70, K2 50 alone: 60.00), K2 not yet.
        String saved = save("juri-kembali-1", nomination, form, scores("K1", 90)).statusCode(200).header("ETag", Tags.ofVersion(3))
                .body("indicatorCode", contains("K1", "K2")).body("counts", contains(true, false)).extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).when().get(ranking).then().statusCode(200)
                .body("entries[0].totalScore", equalTo(60.0f)).body("entries[0].complete", equalTo(false));
        // K2 given again with the same value: the jury is done, back to 65.00.
        save("juri-kembali-1", nomination, saved, scores("K2", 70)).statusCode(200).body("counts", contains(true, true));
        given().auth().oauth2(Tokens.officer()).when().get(ranking).then().statusCode(200)
                .body("entries[0].totalScore", equalTo(65.0f)).body("entries[0].complete", equalTo(true));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/nominations/" + nomination + "/scores").then().statusCode(200)
                .body("items.juror", contains("juri-kembali-1", "juri-kembali-1", "juri-kembali-2", "juri-kembali-2"))
                .body("items.counts", contains(true, true, true, true));
    }
}
