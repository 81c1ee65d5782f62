package id.go.bekasikota.koperasi.awards.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.awards.support.AwardsApi;
import id.go.bekasikota.koperasi.awards.support.OnTheOfficeClock;
import id.go.bekasikota.koperasi.testsupport.AwardProgramMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.contracts.awards.AwardsEventTypes;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.testsupport.AwardProgramMother.indicator;
import static id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother.onTimeReport;
import static id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * A program from creation through nominations, jury scoring with a conflict, finalisation,
 * announcement (the winner events on Kafka) and forwarding to the province, with every figure
 * computed by hand. Every date is taken from the office clock the test controls (today, the
 * day the window closes; F, the latest due financial year as of today, computed in the test).
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class AwardLifecycleTests extends OnTheOfficeClock {

    private static final ObjectMapper JSON = new ObjectMapper();

    int f;

    @BeforeEach
    void latestDueYear() {
        f = CooperativeSnapshotMother.latestDueYear(today);
    }

    @Test
    void fromCreationToAnnouncementAndForwarding() throws Exception {
        // Nominations from a week ago until today, announced in two weeks. Every weight 20: a total is the plain mean.
        Map<String, Object> body = AwardProgramMother.program("Koperasi Teladan Kota Bekasi " + today.getYear(), today);
        body.put("scoringSheet", AwardProgramMother.fiveIndicatorSheet());
        LocalDate announcement = today.plusDays(14);
        String programId = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/award-programs")
                .then().statusCode(201).header("ETag", Tags.ofVersion(0))
                .body("state", equalTo("OPEN")).body("announcementOn", equalTo(announcement.toString()))
                .body("assessedFinancialYear", equalTo(f)).body("totalWeight", equalTo(100))
                .extract().path("id");

        // The RAT window is F-2..F, growth is F-1 -> F.
        // A: RAT on time 2 of target 2 (100%) -> 100; members 100 -> 110 = 10% of 10 -> 100; SHU 100 -> 120 = 20% of 20 -> 100.
        String numberA = CooperativeNumbers.unique();
        String numberB = CooperativeNumbers.unique();
        String numberC = CooperativeNumbers.unique();
        CooperativeSnapshot a = CooperativeSnapshotMother.cooperative(numberA, "Koperasi Alpha", "PRODUSEN",
                onTimeReport(f - 1, 100, 1_000_000_000L, 100_000_000L),
                onTimeReport(f, 110, 1_200_000_000L, 120_000_000L));
        // B: F-1's RAT late (15 July of F): 1 of 2 = 50% -> 25; members 100 -> 105 = 5% (50%) -> 25; SHU falls -> 0.
        CooperativeSnapshot b = CooperativeSnapshotMother.cooperative(numberB, "Koperasi Beta", "JASA",
                report(f - 1, LocalDate.of(f, 7, 15), 100, 1_000_000_000L, 100_000_000L),
                report(f, LocalDate.of(f + 1, 3, 10), 105, 1_050_000_000L, 90_000_000L));
        // C: on time -> 100; members 200 -> 220 = 10% -> 100; SHU 100 -> 110 = 10% of 20 = 50% -> 25.
        CooperativeSnapshot c = CooperativeSnapshotMother.cooperative(numberC, "Koperasi Gamma", "KONSUMEN",
                report(f - 1, LocalDate.of(f, 3, 1), 200, 1_000_000_000L, 100_000_000L),
                report(f, LocalDate.of(f + 1, 2, 1), 220, 1_100_000_000L, 110_000_000L));
        String idA = AwardsApi.register(a, programId);
        String idB = AwardsApi.register(b, programId);
        String idC = AwardsApi.register(c, programId);
        // A's only loan was settled without ever defaulting: a clean record.
        String loan = UUID.randomUUID().toString();
        AwardsApi.loanEvent(idA, loan, FinancingEventTypes.STATE_CHANGED, "DISBURSED", 1);
        AwardsApi.loanEvent(idA, loan, FinancingEventTypes.SETTLED, null, 2);

        for (String juror : List.of("juri-1", "juri-2", "juri-3")) {
            AwardsApi.assignJuror(programId, juror);
        }
        String nomA = AwardsApi.nominate(programId, idA);
        String nomB = AwardsApi.nominate(programId, idB);
        String nomC = AwardsApi.nominate(programId, idC);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("programId", programId, "cooperativeId", idA))
                .when().post("/api/v1/nominations").then().statusCode(409)
                .body("type", containsString("duplicate")).body("existingId", equalTo(nomA));

        // The sheet is frozen now that nominations exist.
        String etag = given().when().get("/api/v1/award-programs/" + programId).then().statusCode(200)
                .body("sheetFrozen", equalTo(true)).extract().header("ETag");
        Map<String, Object> changed = new java.util.LinkedHashMap<>(body);
        changed.put("scoringSheet", List.of(indicator("K2", "KELEMBAGAAN", "JUROR", null, null, 1)));
        given().auth().oauth2(Tokens.officer()).header("If-Match", etag).contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/award-programs/" + programId).then().statusCode(409).body("detail", containsString("frozen"));
        // ...but the number of winners may still change.
        Map<String, Object> fewer = new java.util.LinkedHashMap<>(body);
        fewer.put("winners", 2);
        fewer.put("name", "Koperasi Teladan Kota Bekasi " + today.getYear() + " (Hari Koperasi)");
        given().auth().oauth2(Tokens.officer()).header("If-Match", etag).contentType(ContentType.JSON).body(fewer)
                .when().put("/api/v1/award-programs/" + programId).then().statusCode(200).header("ETag", Tags.ofVersion(1));
        given().auth().oauth2(Tokens.officer()).header("If-Match", etag).contentType(ContentType.JSON).body(fewer)
                .when().put("/api/v1/award-programs/" + programId).then().statusCode(412);
        // The same terms sent again (a form saved twice) change nothing: the same version, no trail entry.
        String changedTag = given().when().get("/api/v1/award-programs/" + programId).then().statusCode(200)
                .body("version", equalTo(1)).body("updatedAt", org.hamcrest.Matchers.notNullValue())
                .body("createdAt", org.hamcrest.Matchers.notNullValue()).extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).header("If-Match", changedTag).contentType(ContentType.JSON).body(fewer)
                .when().put("/api/v1/award-programs/" + programId).then().statusCode(200).header("ETag", equalTo(changedTag));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/award-programs/" + programId + "/history").then().statusCode(200)
                .body("items.action.findAll { it == 'PROGRAM_CHANGED' }", hasSize(1));

        // juri-3 scores C, then declares a conflict with it: that score no longer counts and it may not score again.
        AwardsApi.score("juri-3", nomC, "K2", 0);
        given().auth().oauth2(Tokens.juror("juri-3")).contentType(ContentType.JSON).body(Map.of("reason", "Saya pengawas koperasi ini"))
                .when().post("/api/v1/nominations/" + nomC + "/conflicts").then().statusCode(201).body("juror", equalTo("juri-3"));
        given().auth().oauth2(Tokens.juror("juri-3")).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "K2", "score", 100))))
                .when().put("/api/v1/nominations/" + nomC + "/scores").then().statusCode(403)
                .body("detail", containsString("conflict of interest"));
        given().auth().oauth2(Tokens.juror("juri-3")).when().get("/api/v1/nominations/" + nomC).then().statusCode(403);
        given().auth().oauth2(Tokens.juror("juri-3")).when().get("/api/v1/juror/nominations").then().statusCode(200)
                .body("items.nominationId", hasSize(2)).body("items.nominationId", org.hamcrest.Matchers.not(hasItem(nomC)));

        // Juror scores of K2: A 80/90/70 -> 80 (juri-1 first gave 60, then revised); B 100 x 3 -> 100; C 90/70 -> 80.
        AwardsApi.score("juri-1", nomA, "K2", 60);
        given().auth().oauth2(Tokens.juror("juri-1")).header("If-Match", AwardsApi.scoresTag("juri-1", nomA)).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "K2", "score", 80, "comment", "Direvisi setelah kunjungan"))))
                .when().put("/api/v1/nominations/" + nomA + "/scores").then().statusCode(200)
                .body("[0].score", equalTo(80)).body("[0].revision", equalTo(2)).header("ETag", Tags.ofVersion(2));
        AwardsApi.score("juri-2", nomA, "K2", 90);
        AwardsApi.score("juri-3", nomA, "K2", 70);
        AwardsApi.score("juri-1", nomB, "K2", 100);
        AwardsApi.score("juri-3", nomB, "K2", 100);
        AwardsApi.score("juri-1", nomC, "K2", 90);
        AwardsApi.score("juri-2", nomC, "K2", 70);
        // A computed indicator is not the jury's.
        given().auth().oauth2(Tokens.juror("juri-1")).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "F1", "score", 100))))
                .when().put("/api/v1/nominations/" + nomA + "/scores").then().statusCode(400)
                .body("errors[0].field", equalTo("scores[0].indicatorCode"));

        // Not before the window closes; and not while juri-2 has not scored B.
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(422).body("reasons[0]", containsString("open until " + today));
        clock.today(today.plusDays(1));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(422).body("reasons", contains("Juror juri-2 has not scored K2 of Koperasi Beta (" + numberB + ")."));
        // The provisional ranking already shows where things stand: B waits for juri-2 (C's K2 is complete without juri-3,
        // who declared a conflict); A and C are the two winners so far.
        String ranked = "/api/v1/award-programs/" + programId + "/ranking";
        given().auth().oauth2(Tokens.officer()).when().get(ranked)
                .then().statusCode(200).body("provisional", equalTo(true))
                .body("entries.find { it.nominationId == '" + nomA + "' }.complete", equalTo(true))
                .body("entries.find { it.nominationId == '" + nomB + "' }.complete", equalTo(false))
                .body("entries.find { it.nominationId == '" + nomC + "' }.complete", equalTo(true))
                .body("entries.findAll { it.winner }.nominationId", contains(nomA, nomC));
        AwardsApi.score("juri-2", nomB, "K2", 100);

        // Totals: A (100 + 80 + 100 + 100 + 100) / 5 = 96.00; C (100 + 80 + 100 + 25 + 100) / 5 = 81.00;
        //         B (25 + 100 + 25 + 0 + 100) / 5 = 50.00.
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(200).body("state", equalTo("FINALISED"));
        String ranking = given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/award-programs/" + programId + "/ranking")
                .then().statusCode(200).body("provisional", equalTo(false))
                .body("entries.cooperativeNumber", contains(numberA, numberC, numberB))
                .body("entries.rank", contains(1, 2, 3))
                .body("entries.totalScore", contains(96.0f, 81.0f, 50.0f))
                .body("entries.winner", contains(true, true, false))
                .body("entries[1].keuanganSubtotal", equalTo(62.5f))
                .extract().asString();
        JsonNode gamma = JSON.readTree(ranking).get("entries").get(1).get("breakdown");
        JsonNode k2 = line(gamma, "K2");
        assertThat(k2.get("score").decimalValue()).isEqualByComparingTo("80");
        assertThat(k2.get("excludedJurors").get(0).asText()).isEqualTo("juri-3");
        assertThat(k2.get("jurorScores")).hasSize(2);
        JsonNode f1 = line(gamma, "F1");
        assertThat(f1.get("actual").decimalValue()).isEqualByComparingTo("10");
        assertThat(f1.get("achievementPercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(f1.get("bandScore").asInt()).isEqualTo(25);
        assertThat(f1.get("explanation").asText()).contains("(110000000 - 100000000) / 100000000 x 100 = 10.00%");
        JsonNode betaK1 = line(JSON.readTree(ranking).get("entries").get(2).get("breakdown"), "K1");
        assertThat(betaK1.get("explanation").asText()).contains("late: " + (f - 1) + " (held " + f + "-07-15)");
        assertThat(betaK1.get("bandScore").asInt()).isEqualTo(25);

        // Finalised: the nominations are RANKED; no more scores (409 naming the program's state), no withdrawal.
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + nomB).then().statusCode(200)
                .body("state", equalTo("RANKED")).body("result.rank", equalTo(3));
        given().auth().oauth2(Tokens.juror("juri-1")).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "K2", "score", 10))))
                .when().put("/api/v1/nominations/" + nomB + "/scores").then().statusCode(409)
                .body("type", containsString("illegal-transition")).body("currentState", equalTo("FINALISED"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("reason", "terlambat"))
                .when().post("/api/v1/nominations/" + nomB + "/withdraw").then().statusCode(409).body("currentState", equalTo("RANKED"));

        // Before the announcement the cooperative does not see its result, nor the public the winners.
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(idA))).when().get("/api/v1/nominations/" + nomA)
                .then().statusCode(200).body("result", nullValue());
        given().when().get("/api/v1/award-programs/" + programId + "/winners").then().statusCode(200).body("winners", hasSize(0));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/announce")
                .then().statusCode(422).body("reasons[0]", containsString(announcement.toString()));

        clock.today(announcement);
        try (EventLog events = AwardsApi.awardsEvents()) {
            given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/announce")
                    .then().statusCode(200).body("state", equalTo("ANNOUNCED")).body("announcedOn", equalTo(announcement.toString()));
            EventLog.Event winner = events.await(e -> AwardsEventTypes.WINNER_ANNOUNCED.equals(e.type()) && nomA.equals(e.subject()));
            assertThat(winner.key()).isEqualTo(idA);
            JsonNode data = JSON.readTree(winner.value());
            assertThat(data.get("programId").asText()).isEqualTo(programId);
            assertThat(data.get("year").asInt()).isEqualTo(today.getYear());
            assertThat(data.get("category").asText()).isEqualTo("MODEL_COOPERATIVE");
            assertThat(data.get("level").asText()).isEqualTo("CITY");
            assertThat(data.get("cooperativeId").asText()).isEqualTo(idA);
            assertThat(data.get("cooperativeNumber").asText()).isEqualTo(numberA);
            assertThat(data.get("rank").asInt()).isEqualTo(1);
            assertThat(data.get("totalScore").decimalValue()).isEqualByComparingTo("96.00");
            assertThat(data.get("announcedOn").asText()).isEqualTo(announcement.toString());
            events.await(e -> AwardsEventTypes.WINNER_ANNOUNCED.equals(e.type()) && nomC.equals(e.subject()));
            // Every nomination's events: submitted, scores finalised; winners also winner-announced.
            events.await(e -> AwardsEventTypes.SUBMITTED.equals(e.type()) && nomB.equals(e.subject()));
            EventLog.Event finalised = events.await(e -> AwardsEventTypes.SCORES_FINALISED.equals(e.type()) && nomB.equals(e.subject()));
            assertThat(JSON.readTree(finalised.value()).get("winner").asBoolean()).isFalse();
            assertThat(events.all(e -> AwardsEventTypes.WINNER_ANNOUNCED.equals(e.type()) && nomB.equals(e.subject()))).isEmpty();
        }

        given().when().get("/api/v1/award-programs/" + programId + "/winners").then().statusCode(200)
                .body("winners.cooperativeName", contains("Koperasi Alpha", "Koperasi Gamma"))
                .body("winners.totalScore", contains(96.0f, 81.0f));
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(idA))).when().get("/api/v1/nominations/" + nomA)
                .then().statusCode(200).body("result.rank", equalTo(1)).body("result.winner", equalTo(true))
                .body("result.breakdown.indicators.find { it.code == 'K2' }.jurorScores.juror", contains("juror 1", "juror 2", "juror 3"));

        // Forwarded to the province; the province's decision comes back: second place.
        try (EventLog events = AwardsApi.awardsEvents()) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("note", "Surat 518/77/Disdagkop"))
                    .when().post("/api/v1/nominations/" + nomA + "/forward").then().statusCode(201)
                    .body("toLevel", equalTo("PROVINCE")).body("outcome", equalTo("PENDING"));
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/nominations/" + nomA + "/forward").then().statusCode(409);
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/v1/nominations/" + nomB + "/forward").then().statusCode(409).body("detail", containsString("Only winners"));
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "WINNER", "decidedOn", announcement.toString()))
                    .when().post("/api/v1/nominations/" + nomA + "/forwarding/outcome").then().statusCode(400)
                    .body("errors[0].field", equalTo("rank"));
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "WINNER", "rank", 2, "decidedOn", announcement.toString(), "note", "SK Gubernur"))
                    .when().post("/api/v1/nominations/" + nomA + "/forwarding/outcome").then().statusCode(200)
                    .body("outcome", equalTo("WINNER")).body("outcomeRank", equalTo(2));
            events.await(e -> AwardsEventTypes.FORWARDED.equals(e.type()) && nomA.equals(e.subject()));
            events.await(e -> AwardsEventTypes.FORWARDING_OUTCOME_RECORDED.equals(e.type()) && nomA.equals(e.subject()));
            EventLog.Event province = events.await(e -> AwardsEventTypes.WINNER_ANNOUNCED.equals(e.type()) && nomA.equals(e.subject())
                    && e.value().contains("\"PROVINCE\""));
            JsonNode data = JSON.readTree(province.value());
            assertThat(data.get("rank").asInt()).isEqualTo(2);
            assertThat(data.get("totalScore").isNull()).isTrue();
            // Aggregate versions only grow for one nomination.
            List<Long> versions = events.all(e -> nomA.equals(e.subject())).stream()
                    .map(e -> Long.parseLong(e.headers().get("ce_aggregateversion"))).toList();
            assertThat(versions).isSorted().doesNotHaveDuplicates();
        }
        given().when().get("/api/v1/award-programs/" + programId + "/winners").then().statusCode(200)
                .body("winners[0].forwarding.outcome", equalTo("WINNER"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + nomA).then().statusCode(200)
                .body("state", equalTo("OUTCOME_RECORDED")).body("forwarding.outcomeRank", equalTo(2));

        // The trail: who did what, when and why.
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/nominations/" + nomA + "/history").then().statusCode(200)
                .body("items.action", contains("NOMINATED", "SCORED", "SCORED", "SCORED", "SCORED", "SCORES_FINALISED", "FORWARDED",
                        "FORWARDING_OUTCOME_RECORDED"))
                .body("items.find { it.actor == 'juri-1' && it.detail.startsWith('K2: 60 -> 80') }.detail",
                        equalTo("K2: 60 -> 80 (Direvisi setelah kunjungan)"))
                .body("items.find { it.action == 'FORWARDED' }.actorRole", equalTo("officer"))
                .body("items.find { it.action == 'SCORED' }.actorRole", equalTo("juror"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + nomC + "/history").then().statusCode(200)
                .body("items.find { it.action == 'CONFLICT_DECLARED' }.actor", equalTo("juri-3"));
        // More than a default page (20) of trail: one page of 100 holds it all.
        given().auth().oauth2(Tokens.officer()).queryParam("size", 100).when().get("/api/v1/award-programs/" + programId + "/history").then().statusCode(200)
                .body("items.action", hasItem("PROGRAM_CREATED")).body("items.action", hasItem("JUROR_ASSIGNED"))
                .body("items.action", hasItem("PROGRAM_CHANGED")).body("items.action", hasItem("WINNERS_ANNOUNCED"));
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(idA))).when().get("/api/v1/nominations/" + nomA + "/history")
                .then().statusCode(403);
        given().when().get("/api/v1/award-programs/" + programId + "/history").then().statusCode(401);
    }

    @Test
    void aProvisionalWinnerIsOneThatWouldStillBeGivenTheAward() {
        // One winner. X and Y report alike but for SHU growth (Y 10% of the 20% target -> 25, X 20% -> 100), and the jury
        // gives X 100 and Y 0: Y (100 + 0 + 100 + 25 + 100) / 5 = 65.00; X at least 80.00 whatever its loan does.
        Map<String, Object> body = AwardProgramMother.program("Koperasi Teladan Sementara " + UUID.randomUUID(), today);
        body.put("scoringSheet", AwardProgramMother.fiveIndicatorSheet());
        body.put("winners", 1);
        String programId = AwardsApi.createProgram(body);
        String x = AwardsApi.register(CooperativeSnapshotMother.cooperative(CooperativeNumbers.unique(), "Koperasi Xenia", "PRODUSEN",
                onTimeReport(f - 1, 100, 1_000_000_000L, 100_000_000L), onTimeReport(f, 110, 1_200_000_000L, 120_000_000L)), programId);
        String y = AwardsApi.register(CooperativeSnapshotMother.cooperative(CooperativeNumbers.unique(), "Koperasi Yasmin", "PRODUSEN",
                onTimeReport(f - 1, 100, 1_000_000_000L, 100_000_000L), onTimeReport(f, 110, 1_100_000_000L, 110_000_000L)), programId);
        AwardsApi.assignJuror(programId, "juri-1");
        String nomX = AwardsApi.nominate(programId, x);
        String nomY = AwardsApi.nominate(programId, y);
        AwardsApi.score("juri-1", nomX, "K2", 100);
        AwardsApi.score("juri-1", nomY, "K2", 0);
        String ranked = "/api/v1/award-programs/" + programId + "/ranking";
        given().auth().oauth2(Tokens.officer()).when().get(ranked).then().statusCode(200)
                .body("entries.nominationId", contains(nomX, nomY)).body("entries.winner", contains(true, false));
        // X defaults on a loan: it stays first by its figures, but would not be given the award now; Y would, in its place.
        String loan = UUID.randomUUID().toString();
        AwardsApi.loanEvent(x, loan, FinancingEventTypes.STATE_CHANGED, "DISBURSED", 1);
        AwardsApi.loanEvent(x, loan, FinancingEventTypes.DEFAULTED, null, 2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.officer()).when().get(ranked)
                .then().statusCode(200)
                .body("entries.nominationId", contains(nomX, nomY))
                .body("entries[0].eligibilityReasons", contains("Has 1 DEFAULTED loan."))
                .body("entries.winner", contains(false, true)));
    }

    @Test
    void ineligibleCooperativesAreRefusedWithEveryReason() {
        Map<String, Object> body = AwardProgramMother.program("Koperasi Berprestasi " + today.getYear() + " - Produsen", today);
        body.put("category", "OUTSTANDING_PER_JENIS");
        body.put("jenis", "PRODUSEN");
        String programId = AwardsApi.createProgram(body);

        // A defaulted loan flows in from financing's events.
        String defaulter = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Macet"), programId);
        String loan = UUID.randomUUID().toString();
        AwardsApi.loanEvent(defaulter, loan, FinancingEventTypes.STATE_CHANGED, "DISBURSED", 1);
        AwardsApi.loanEvent(defaulter, loan, FinancingEventTypes.DEFAULTED, null, 2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.officer())
                .queryParam("cooperativeId", defaulter).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200).body("eligible", equalTo(false))
                .body("reasons", contains("Has 1 DEFAULTED loan.")));
        AwardsApi.tryToNominate(programId, defaulter).statusCode(422)
                .contentType("application/problem+json").body("type", containsString("rule-violation"))
                .body("reasons", contains("Has 1 DEFAULTED loan."));
        // The cooperative's treasurer reads it in Indonesian.
        given().auth().oauth2(Tokens.officer()).header("Accept-Language", "id")
                .queryParam("cooperativeId", defaulter).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200).header("Content-Language", "id")
                .body("reasons", contains("Memiliki 1 pinjaman berstatus DEFAULTED (gagal bayar)."))
                .body("checks.find { it.rule == 'NO_DEFAULTED_LOAN' }.detail", equalTo("Memiliki 1 pinjaman berstatus DEFAULTED (gagal bayar)."));

        // Dormant (last report for F-3), without a number, and of another jenis: every rule failed is a reason.
        CooperativeSnapshot dormant = CooperativeSnapshotMother.cooperative(null, "Koperasi Mati Suri", "JASA",
                onTimeReport(f - 3, 50, 100_000_000L, 1_000_000L));
        String dormantId = AwardsApi.register(dormant, programId);
        AwardsApi.tryToNominate(programId, dormantId).statusCode(422)
                .body("reasons", contains(
                        "Not ACTIVE as of " + today + ": INACTIVE, no RAT report for " + (f - 1) + " or " + f + ".",
                        "No cooperative number (Nomor Induk Koperasi) is registered.",
                        "No RAT report for " + (f - 1) + " or " + f + "; reports for both " + (f - 1) + " and " + f
                                + " are required as of " + today + ".",
                        "Jenis JASA is not the program's jenis PRODUSEN."));
        given().auth().oauth2(Tokens.officer()).queryParam("cooperativeId", dormantId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then().statusCode(200)
                .body("checks.rule", contains("ACTIVE", "HAS_COOPERATIVE_NUMBER", "REPORTS_FOR_LAST_TWO_YEARS", "NO_DEFAULTED_LOAN",
                        "JENIS_OF_PROGRAM"))
                .body("checks.passed", contains(false, false, false, true, false));

        // Outside the window.
        String eligible = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Tepat Waktu"), programId);
        clock.today(today.plusDays(1));
        AwardsApi.tryToNominate(programId, eligible).statusCode(422)
                .body("reasons[0]", equalTo("Nominations are accepted from " + DueYear.later(today.minusDays(7), DueYear.firstDay(today)) + " to " + today + ", not on "
                        + today.plusDays(1) + "."));
        // A cooperative unknown to the register, a program that is none: the body's field is named, as a form shows it.
        clock.today(today);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("programId", programId, "cooperativeId", UUID.randomUUID().toString()))
                .when().post("/api/v1/nominations").then().statusCode(400).body("errors.field", contains("cooperativeId"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("programId", UUID.randomUUID().toString(), "cooperativeId", eligible))
                .when().post("/api/v1/nominations").then().statusCode(400).body("errors.field", contains("programId"))
                .body("errors[0].message", equalTo("is not an award program"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("cooperativeId", eligible))
                .when().post("/api/v1/award-programs/" + UUID.randomUUID() + "/nominations").then().statusCode(404);
        // On the last day it is accepted; withdrawn, it may be nominated again (RenominationTests follow the jury's record).
        String nomination = AwardsApi.nominate(programId, eligible);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("reason", "Berkas belum lengkap"))
                .when().post("/api/v1/nominations/" + nomination + "/withdraw").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("Berkas belum lengkap"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("reason", "lagi"))
                .when().post("/api/v1/nominations/" + nomination + "/withdraw").then().statusCode(409)
                .body("currentState", equalTo("WITHDRAWN"));
        AwardsApi.nominate(programId, eligible);
    }

    @Test
    void nominationsClosedEarlyCanBeFinalisedTheSameDayAndAnEmptyProgramHasNoWinners() {
        // The window runs from yesterday (1 July at the earliest) for ten more days (to 30 June at most: a window stays
        // on one side of a 1 July); the office closes it today.
        LocalDate closesOn = DueYear.asOf(today.plusDays(10)) == DueYear.asOf(today) ? today.plusDays(10) : LocalDate.of(today.getYear(), 6, 30);
        Map<String, Object> body = AwardProgramMother.program("Ditutup lebih awal", closesOn);
        body.put("nominationsOpenOn", DueYear.later(today.minusDays(1), DueYear.firstDay(today)).toString());
        body.put("scoringSheet", List.of(indicator("K1", "KELEMBAGAAN", "COMPUTED", "RAT_ON_TIME", 2, 1)));
        String programId = AwardsApi.createProgram(body);
        String cooperative = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Cepat"), programId);
        String nomination = AwardsApi.nominate(programId, cooperative);
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/close-nominations")
                .then().statusCode(200).body("nominationsClosedOn", equalTo(today.toString()))
                .body("assessedFinancialYear", equalTo(f));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/close-nominations")
                .then().statusCode(409);
        String late = AwardsApi.register(CooperativeSnapshotMother.eligibleAsOf(today, "Koperasi Terlambat"), programId);
        AwardsApi.tryToNominate(programId, late).statusCode(422).body("reasons[0]", equalTo("Nominations were closed on " + today + "."));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(200).body("state", equalTo("FINALISED"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/nominations/" + nomination).then().statusCode(200)
                .body("result.rank", equalTo(1)).body("result.totalScore", equalTo(100.0f));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(409).body("currentState", equalTo("FINALISED"));

        String empty = AwardsApi.createProgram(AwardProgramMother.program("Tanpa calon", today));
        clock.today(today.plusDays(14));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + empty + "/finalise").then().statusCode(200);
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + empty + "/announce").then().statusCode(200);
        given().when().get("/api/v1/award-programs/" + empty + "/winners").then().statusCode(200).body("winners", hasSize(0));
    }

    private static JsonNode line(JsonNode breakdown, String code) {
        for (JsonNode line : breakdown.get("indicators")) {
            if (code.equals(line.get("code").asText())) {
                return line;
            }
        }
        throw new AssertionError("no indicator " + code);
    }
}
