package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.stack.AwardsDemoData;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.testsupport.AwardProgramMother.indicator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Awards through the gateway: cooperatives with report histories registered in the registry, a
 * loan taken and repaid through financing and a defaulted loan flowing in from financing's topic,
 * only the eligible nominated, the ranking and the winner as computed by hand, and the winner in
 * the registry's award history.
 *
 * <p>The defaulted loan is published to {@code financing.loan-application.v1} by the test as
 * financing-service would (schema-valid state-changed and defaulted CloudEvents): a loan defaults
 * after 90 days past due, and the packaged suite's clock runs on (it cannot be moved 90 days ahead mid-run).
 */
@ExtendWith(SuiteExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwardsIT {

    @Test
    @Order(2)
    void eligibleCooperativesAreRankedAndTheWinnerReachesTheRegistry(LocalSuite suite) {
        LocalDate today = OfficeClockStart.today();
        // F by hand (DESIGN.md 3.1), not by the production rule: the year before from 1 July on, else two years before.
        int f = CooperativeSnapshotMother.latestDueYear(today);

        // Alpha: RAT on time in F-1 and F (2 of target 2 -> 100); members 100 -> 110 = 10% of 10 -> 100; SHU +20% of 20 -> 100.
        String alpha = register("Koperasi Alpha Sistem", f, 100, 100_000_000L, 110, 120_000_000L);
        // Beta: on time -> 100; members 100 -> 105 = 5% (50% of target) -> 25; SHU falls -> 0.
        String beta = register("Koperasi Beta Sistem", f, 100, 100_000_000L, 105, 90_000_000L);
        // Gamma: a fine history, but a defaulted loan.
        String gamma = register("Koperasi Gamma Sistem", f, 100, 100_000_000L, 110, 120_000_000L);
        // Delta: no report for F.
        String delta = registerWithReports("Koperasi Delta Sistem", List.of(report(f - 1, 100, 100_000_000L)));
        String loan = UUID.randomUUID().toString();
        try (CloudEventProducer producer = new CloudEventProducer(suite.kafka().bootstrapServers())) {
            producer.send(Topics.FINANCING_LOAN_APPLICATION, gamma, UUID.randomUUID().toString(), FinancingEventTypes.STATE_CHANGED,
                    loan, 1, loanData(gamma, loan, "\"fromState\": \"APPROVED\", \"toState\": \"DISBURSED\", \"amount\": 250000000, \"actorRole\": \"partner\"", 1));
            producer.send(Topics.FINANCING_LOAN_APPLICATION, gamma, UUID.randomUUID().toString(), FinancingEventTypes.DEFAULTED,
                    loan, 2, loanData(gamma, loan, "\"daysPastDue\": 95, \"thresholdDays\": 90, \"outstandingPrincipal\": 200000000,"
                            + " \"outstandingInterest\": 3000000, \"asOf\": \"" + today + "\"", 2));
        }

        // Alpha borrows through financing for real: disbursed and one installment repaid; awards learns of it from events.
        String loanOfAlpha = borrowAndRepayOnce(alpha, today);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                Projections.queryString(suite, "awards", "select state from loan_standing where application_id = ?",
                        UUID.fromString(loanOfAlpha)), state -> state.equals(java.util.Optional.of("REPAYING")));

        Map<String, Object> program = new LinkedHashMap<>();
        program.put("year", today.getYear());
        program.put("name", "Koperasi Teladan Kota Bekasi (system test " + UUID.randomUUID() + ")");
        program.put("category", "MODEL_COOPERATIVE");
        program.put("level", "CITY");
        program.put("nominationsOpenOn", DueYear.later(today.minusDays(7), DueYear.firstDay(today)).toString());
        program.put("nominationsCloseOn", today.toString());
        program.put("announcementOn", today.toString());
        program.put("winners", 1);
        program.put("scoringSheet", List.of(
                indicator("K1", "KELEMBAGAAN", "COMPUTED", "RAT_ON_TIME", 2, 1),
                indicator("K2", "KELEMBAGAAN", "JUROR", null, null, 1),
                indicator("U1", "USAHA", "COMPUTED", "MEMBER_GROWTH", 10, 1),
                indicator("F1", "KEUANGAN", "COMPUTED", "SHU_GROWTH", 20, 2),
                indicator("F2", "KEUANGAN", "COMPUTED", "CLEAN_REPAYMENT", 100, 1)));
        String programId = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(program)
                .when().post("/api/v1/award-programs").then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/award-programs/" + programId).then().statusCode(200).body("name", equalTo(program.get("name")));

        for (String id : List.of(alpha, beta, gamma, delta)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> eligibility(id, programId).extract().statusCode() == 200);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                eligibility(gamma, programId).body("eligible", equalTo(false)).body("reasons", contains("Has 1 DEFAULTED loan.")));

        String nominationAlpha = nominate(programId, alpha).statusCode(201).extract().path("id");
        String nominationBeta = nominate(programId, beta).statusCode(201).extract().path("id");
        nominate(programId, gamma).statusCode(422).body("reasons", contains("Has 1 DEFAULTED loan."));
        nominate(programId, delta).statusCode(422).body("reasons", hasSize(1))
                .body("reasons[0]", equalTo("No RAT report for " + f + "; reports for both " + (f - 1) + " and " + f
                        + " are required as of " + today + "."));

        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("juror", "juri-sistem@bekasikota.go.id"))
                .when().post("/api/v1/award-programs/" + programId + "/jurors").then().statusCode(201);
        String juror = Tokens.juror("juri-sistem@bekasikota.go.id");
        given().auth().oauth2(juror).when().get("/api/v1/juror/nominations").then().statusCode(200);
        score(juror, nominationAlpha, 80);
        score(juror, nominationBeta, 90);

        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/close-nominations")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/finalise")
                .then().statusCode(200).body("state", equalTo("FINALISED"));
        // Clean repayment: Alpha 1 of 1 loans never defaulted, Beta no loans: both 100.
        // Alpha (100 + 80 + 100 + 2 x 100 + 100) / 6 = 96.666... -> 96.67; Beta (100 + 90 + 25 + 2 x 0 + 100) / 6 = 52.50.
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/award-programs/" + programId + "/ranking")
                .then().statusCode(200)
                .body("entries.cooperativeId", contains(alpha, beta))
                .body("entries.totalScore", contains(96.67f, 52.5f))
                .body("entries.winner", contains(true, false))
                // Member growth 10% and 5% against a target of 10%: achievements 100% and 50%, shown truncated to two decimals.
                .body("entries.collect { e -> e.breakdown.indicators.find { it.code == 'U1' }.achievementPercent }", contains(100.0f, 50.0f))
                .body("entries[0].breakdown.indicators.find { it.code == 'F2' }.explanation",
                        org.hamcrest.Matchers.startsWith("1 of 1 loans never DEFAULTED"));
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/award-programs/" + programId + "/announce")
                .then().statusCode(200).body("state", equalTo("ANNOUNCED"));
        given().when().get("/api/v1/award-programs/" + programId + "/winners").then().statusCode(200)
                .body("winners.cooperativeId", contains(alpha)).body("winners[0].totalScore", equalTo(96.67f));

        // The registry keeps the award history from the winner event.
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/api/v1/cooperatives/" + alpha + "/awards").then().statusCode(200)
                        .body("items.programId", contains(programId)));
        given().when().get("/api/v1/cooperatives/" + alpha + "/awards").then()
                .body("items[0].rank", equalTo(1)).body("items[0].totalScore", equalTo(96.67f))
                .body("items[0].level", equalTo("CITY")).body("items[0].category", equalTo("MODEL_COOPERATIVE"))
                .body("items[0].announcedOn", equalTo(today.toString()));
        given().when().get("/api/v1/cooperatives/" + beta + "/awards").then().statusCode(200).body("items", hasSize(0));
    }

    /** A loan through financing's API: program, application with its proposal, office steps, partner approval, disbursement, one repayment. */
    private static String borrowAndRepayOnce(String cooperativeId, LocalDate today) {
        UUID cooperative = UUID.fromString(cooperativeId);
        String partner = "bank-bjb-" + UUID.randomUUID().toString().substring(0, 6);
        String program = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.ofEntries(
                        Map.entry("partnerId", partner), Map.entry("partnerName", "Bank BJB"), Map.entry("partnerKind", "BANK"),
                        Map.entry("name", "KUR Kecil " + today.getYear()), Map.entry("scheme", "KUR_KECIL"), Map.entry("annualRate", 0.06),
                        Map.entry("method", "DECLINING_BALANCE"), Map.entry("minAmount", 10_000_000),
                        Map.entry("maxAmount", 500_000_000), Map.entry("minTenorMonths", 6), Map.entry("maxTenorMonths", 60),
                        Map.entry("allowedJenis", List.of("PRODUSEN")), Map.entry("opensOn", today.minusMonths(1).toString()),
                        Map.entry("requiredDocuments", List.of("PROPOSAL"))))
                .when().post("/api/v1/financing-programs").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.cooperative(cooperative))
                .when().get("/api/v1/loan-eligibility?programId=" + program + "&amount=100000000&tenorMonths=24")
                .then().statusCode(200).body("eligible", equalTo(true)));
        String application = given().auth().oauth2(Tokens.cooperative(cooperative)).contentType(ContentType.JSON)
                .body(Map.of("programId", program, "amount", 100_000_000, "tenorMonths", 24, "purpose", "Bahan baku boneka"))
                .when().post("/api/v1/loan-applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.cooperative(cooperative)).contentType("application/pdf").queryParam("type", "PROPOSAL")
                .body("%PDF-1.7\n%%EOF\n".getBytes())
                .when().post("/api/v1/loan-applications/" + application + "/documents").then().statusCode(201);
        given().auth().oauth2(Tokens.cooperative(cooperative)).contentType(ContentType.JSON)
                .when().post("/api/v1/loan-applications/" + application + "/submit").then().statusCode(200);
        for (String action : new String[]{"verify", "recommend", "forward"}) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                    .when().post("/api/v1/loan-applications/" + application + "/" + action).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("decision", "APPROVE", "amount", 100_000_000, "tenorMonths", 24))
                .when().post("/api/v1/partner/loan-applications/" + application + "/decision").then().statusCode(200);
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("disbursedOn", today.toString(), "partnerReference", "BJB/DB/" + application.substring(0, 8)))
                .when().post("/api/v1/partner/loan-applications/" + application + "/disbursement").then().statusCode(200);
        long first = given().auth().oauth2(Tokens.partner(partner))
                .when().get("/api/v1/partner/loan-applications/" + application + "/schedule")
                .then().statusCode(200).extract().jsonPath().getLong("installments[0].amount");
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("amount", first, "paidOn", today.toString(), "partnerReference", "BJB/RP/1"))
                .when().post("/api/v1/partner/loan-applications/" + application + "/repayments").then().statusCode(201);
        return application;
    }

    @Test
    @Order(1)
    void theDemoProgramOfSuiteUpIsValidAndLoadedOnce(LocalSuite suite) {
        LocalDate today = OfficeClockStart.today();
        AwardsDemoData demo = new AwardsDemoData(suite.service("registry").url(), suite.service("awards").url());
        // No system test creates award programs before this one; the named cooperatives of ./suite up are not registered here.
        org.assertj.core.api.Assertions.assertThat(demo.load(today)).isZero();
        String programId = given().when().get("/api/v1/award-programs?size=100").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Koperasi Teladan Kota Bekasi ")))
                .extract().path("items.find { it.name.startsWith('Koperasi Teladan Kota Bekasi ') }.id");
        given().when().get("/api/v1/award-programs/" + programId).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("totalWeight", equalTo(100)).body("scoringSheet", hasSize(8));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/award-programs/" + programId + "/jurors").then().statusCode(200)
                .body("juror", contains("juri-1@dev", "juri-2@dev"));
        org.assertj.core.api.Assertions.assertThat(demo.load(today)).isEqualTo(-1);
    }

    private static io.restassured.response.ValidatableResponse eligibility(String cooperativeId, String programId) {
        return given().auth().oauth2(Tokens.officer()).queryParam("cooperativeId", cooperativeId).queryParam("programId", programId)
                .when().get("/api/v1/award-eligibility").then();
    }

    private static io.restassured.response.ValidatableResponse nominate(String programId, String cooperativeId) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("programId", programId, "cooperativeId", cooperativeId))
                .when().post("/api/v1/nominations").then();
    }

    private static void score(String juror, String nominationId, int score) {
        given().auth().oauth2(juror).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", "K2", "score", score, "comment", "Kunjungan lapangan"))))
                .when().put("/api/v1/nominations/" + nominationId + "/scores").then().statusCode(200);
    }

    private static String register(String name, int f, int membersBefore, long surplusBefore, int membersAfter, long surplusAfter) {
        return registerWithReports(name, List.of(report(f - 1, membersBefore, surplusBefore), report(f, membersAfter, surplusAfter)));
    }

    private static String registerWithReports(String name, List<Map<String, Object>> reports) {
        Map<String, Object> body = Map.of(
                "cooperativeNumber", CooperativeNumbers.unique(),
                "name", name + " " + UUID.randomUUID().toString().substring(0, 8),
                "jenis", "PRODUSEN", "bentuk", "PRIMER", "kelompok", "COMMUNITY",
                "kecamatanCode", "327508", "foundedOn", "2005-07-12");
        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
        for (Map<String, Object> report : reports) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report)
                    .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
        }
        return id;
    }

    /** A report held in March of the following year (on time); members split evenly; assets fixed. */
    private static Map<String, Object> report(int year, int members, long surplus) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("financialYear", year);
        report.put("meetingDate", LocalDate.of(year + 1, 3, 15).toString());
        report.put("membersMale", members / 2);
        report.put("membersFemale", members - members / 2);
        report.put("employees", 10);
        report.put("ownCapital", 500_000_000L);
        report.put("externalCapital", 250_000_000L);
        report.put("assets", 1_000_000_000L);
        report.put("turnover", 3_000_000_000L);
        report.put("surplus", surplus);
        return report;
    }

    private static String loanData(String cooperativeId, String applicationId, String fields, long version) {
        return "{\"applicationId\": \"" + applicationId + "\", \"cooperativeId\": \"" + cooperativeId + "\", \"programId\": \""
                + UUID.randomUUID() + "\", \"partnerId\": \"lpdb-kumkm\", " + fields + ", \"occurredAt\": \"" + OfficeClockStart.clock().instant()
                + "\", \"aggregateVersion\": " + version + "}";
    }
}
