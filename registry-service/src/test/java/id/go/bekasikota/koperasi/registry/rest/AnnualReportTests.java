package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.correct;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.registryEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** RAT reports: one year, corrections, validation edges, who may file, and the events of a standing that moves. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class AnnualReportTests {

    @Inject
    AdjustableClock clock;

    @Test
    void oneYearReadsTheCurrentRevisionAndEarlierOnesOnRequest() {
        String id = register(CooperativeMother.limaGaruda());
        file(id, AnnualReportMother.reportWithAssets(2023, 480_000_000_000L));
        correct(id, AnnualReportMother.reportWithAssets(2023, 500_000_000_000L));
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports/2023")
                .then().statusCode(200).body("revision", equalTo(2)).body("current", equalTo(true))
                .body("assets", equalTo(500_000_000_000L));
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports/2023?revision=1")
                .then().statusCode(200).body("revision", equalTo(1)).body("current", equalTo(false))
                .body("assets", equalTo(480_000_000_000L));
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(200)
                .body("items[0].filedBy", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(200)
                .body("items[0].filedBy", equalTo("officer@dev"));
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports/2019")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports/twenty")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/cooperatives/" + id)
                .then().body("members", equalTo(1716)).body("latestReportYear", equalTo(2023))
                .body("assets", equalTo(500_000_000_000L));
    }

    @Test
    void aYearFiledAlreadyIsCorrectedOnlyFromItsCurrentRevisionSoThatNoCorrectionIsOverwrittenUnseen() {
        String id = register(CooperativeMother.limaGaruda());
        String year = "/api/v1/cooperatives/" + id + "/annual-reports/2023";
        io.restassured.response.Response filed = post(id, AnnualReportMother.reportWithAssets(2023, 480_000_000_000L));
        filed.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(year)).body("revision", equalTo(1));
        String reportId = filed.path("id");
        assertThat(filed.header("ETag")).startsWith("\"1.");

        // Filing the year again is refused, naming the report to correct, and writes nothing.
        post(id, AnnualReportMother.reportWithAssets(2023, 1L)).then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/duplicate")).body("existingId", equalTo(reportId));

        // Two clerks read revision 1; the cooperative's account corrects it first.
        String read = given().auth().oauth2(Tokens.officer()).when().get(year).then().statusCode(200).body("revision", equalTo(1)).extract().header("ETag");
        String corrected = given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).contentType(ContentType.JSON)
                .header("If-Match", read).body(AnnualReportMother.reportWithAssets(2023, 500_000_000_000L))
                .when().put(year).then().statusCode(200).body("revision", equalTo(2)).body("current", equalTo(true))
                .body("assets", equalTo(500_000_000_000L)).extract().header("ETag");
        assertThat(corrected).startsWith("\"2.");

        // The officer's correction, made from revision 1, is refused: revision 2 stays current.
        put(year, read, AnnualReportMother.reportWithAssets(2023, 50_000_000_000L)).then().statusCode(412)
                .contentType("application/problem+json");
        put(year, null, AnnualReportMother.reportWithAssets(2023, 50_000_000_000L)).then().statusCode(428);
        given().when().get(year).then().statusCode(200).body("revision", equalTo(2)).body("assets", equalTo(500_000_000_000L));

        // Read again, it applies.
        String fresh = given().auth().oauth2(Tokens.officer()).when().get(year).then().extract().header("ETag");
        put(year, fresh, AnnualReportMother.reportWithAssets(2023, 50_000_000_000L)).then().statusCode(200)
                .body("revision", equalTo(3)).body("assets", equalTo(50_000_000_000L));
        // Saved again without an edit: the same revision, its tag unchanged, none of the year's 20 revisions spent.
        String third = given().auth().oauth2(Tokens.officer()).when().get(year).then().extract().header("ETag");
        put(year, third, AnnualReportMother.reportWithAssets(2023, 50_000_000_000L)).then().statusCode(200)
                .header("ETag", third).body("revision", equalTo(3));
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(200)
                .body("items.revision", contains(1, 2, 3)).body("items.assets", contains(480_000_000_000L, 500_000_000_000L, 50_000_000_000L));
        // An earlier revision is read without a tag: only the current one is corrected.
        given().when().get(year + "?revision=1").then().statusCode(200).header("ETag", org.hamcrest.Matchers.nullValue());

        // The body's year is the path's; a year never filed has nothing to correct; nor do others' accounts or auditors.
        String current = given().auth().oauth2(Tokens.officer()).when().get(year).then().extract().header("ETag");
        put(year, current, AnnualReportMother.reportWithAssets(2022, 1L)).then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
        put("/api/v1/cooperatives/" + id + "/annual-reports/2019", "\"1\"", AnnualReportMother.reportWithAssets(2019, 1L))
                .then().statusCode(404);
        String other = register(CooperativeMother.bonekaBekasi());
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(other))).contentType(ContentType.JSON).header("If-Match", current)
                .body(AnnualReportMother.reportWithAssets(2023, 1L)).when().put(year).then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).header("If-Match", current)
                .body(AnnualReportMother.reportWithAssets(2023, 1L)).when().put(year).then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).when().get(year).then().statusCode(200).body("revision", equalTo(3)).header("ETag", current);
        // The public view (no filedBy) has a tag of its own, which is no If-Match.
        String publicTag = given().when().get(year).then().statusCode(200).body("filedBy", org.hamcrest.Matchers.nullValue())
                .extract().header("ETag");
        assertThat(publicTag).startsWith("\"3-public.");
        put(year, publicTag, AnnualReportMother.reportWithAssets(2023, 7L)).then().statusCode(412);
    }

    @Test
    void aYearsReportHasAtMostTwentyRevisions() {
        String id = register(CooperativeMother.limaGaruda());
        String year = "/api/v1/cooperatives/" + id + "/annual-reports/2023";
        file(id, AnnualReportMother.reportWithAssets(2023, 1L));
        String tag = given().auth().oauth2(Tokens.officer()).when().get(year).then().extract().header("ETag");
        // Revisions 2 to 20: nineteen corrections, each from the one before.
        for (long assets = 2; assets <= 20; assets++) {
            tag = put(year, tag, AnnualReportMother.reportWithAssets(2023, assets)).then().statusCode(200)
                    .body("revision", equalTo((int) assets)).extract().header("ETag");
        }
        put(year, tag, AnnualReportMother.reportWithAssets(2023, 21L)).then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/rule-violation"));
        given().when().get(year).then().statusCode(200).body("revision", equalTo(20)).body("assets", equalTo(20));
        given().queryParam("size", 100).when().get("/api/v1/cooperatives/" + id + "/annual-reports").then()
                .body("page.totalItems", equalTo(20));
    }

    private static io.restassured.response.Response put(String year, String ifMatch, Map<String, Object> report) {
        var request = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).when().put(year);
    }

    @Test
    void everyRevisionOfEveryYearIsPagedOldestFirst() {
        String id = register(CooperativeMother.limaGaruda());
        // 2021, 2023 twice (a correction), 2022, 2024: five revisions, filed out of order.
        file(id, AnnualReportMother.reportWithAssets(2023, 1_000L));
        file(id, AnnualReportMother.reportWithAssets(2021, 2_000L));
        correct(id, AnnualReportMother.reportWithAssets(2023, 3_000L));
        file(id, AnnualReportMother.reportWithAssets(2024, 4_000L));
        file(id, AnnualReportMother.reportWithAssets(2022, 5_000L));
        String reports = "/api/v1/cooperatives/" + id + "/annual-reports";

        given().when().get(reports).then().statusCode(200)
                .body("items.financialYear", contains(2021, 2022, 2023, 2023, 2024))
                .body("items.revision", contains(1, 1, 1, 2, 1))
                .body("items.current", contains(true, true, false, true, true))
                .body("page.number", equalTo(1)).body("page.size", equalTo(20))
                .body("page.totalItems", equalTo(5)).body("page.totalPages", equalTo(1));
        given().queryParam("size", 2).queryParam("page", 2).when().get(reports).then().statusCode(200)
                .body("items.financialYear", contains(2023, 2023)).body("items.assets", contains(1_000, 3_000))
                .body("page.totalItems", equalTo(5)).body("page.totalPages", equalTo(3));
        given().queryParam("size", 2).queryParam("page", 3).when().get(reports).then().statusCode(200)
                .body("items.financialYear", contains(2024));
        given().queryParam("size", 2).queryParam("page", 4).when().get(reports).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("page.totalItems", equalTo(5));

        given().queryParam("size", 101).when().get(reports).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", 0).when().get(reports).then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().when().get("/api/v1/cooperatives/" + UUID.randomUUID() + "/annual-reports").then().statusCode(404);
    }

    @Test
    void amountsOfHundredsOfBillionsAreKeptExactlyIn64Bits() {
        String id = register(CooperativeMother.limaGaruda());
        Map<String, Object> report = AnnualReportMother.report(2024);
        report.put("assets", 500_000_000_000L);
        report.put("turnover", 2_147_483_648L);
        report.put("surplus", -3_000_000_000L);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(201).body("assets", equalTo(500_000_000_000L)).body("turnover", equalTo(2_147_483_648L))
                .body("surplus", equalTo(-3_000_000_000L));
    }

    @Test
    void ownCapitalBelowZeroIsFiledForACooperativeWhoseLossesExceedItsSavingsButAssetsBelowZeroAreNot() {
        String id = register(CooperativeMother.limaGaruda());
        Map<String, Object> report = AnnualReportMother.report(2024);
        report.put("ownCapital", -1_250_000_000L); // accumulated losses Rp 1.25 billion past the members' savings
        report.put("surplus", -400_000_000L);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(201).body("ownCapital", equalTo(-1_250_000_000));
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(200)
                .body("items[0].ownCapital", equalTo(-1_250_000_000));

        String other = register(CooperativeMother.bonekaBekasi());
        Map<String, Object> negativeAssets = AnnualReportMother.report(2024);
        negativeAssets.put("assets", -1L);
        negativeAssets.put("ownCapital", -1_000_000_000_000_000L); // 16 digits
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(negativeAssets)
                .when().post("/api/v1/cooperatives/" + other + "/annual-reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("assets", "ownCapital"));
    }

    @Test
    void figuresOfMoreThanFifteenDigitsAreRefusedNamingEachAndTheLargestAllowedIsKept() {
        String id = register(CooperativeMother.limaGaruda());
        long largest = 999_999_999_999_999L; // Rp 999 trillion, written out by hand
        Map<String, Object> tooLarge = AnnualReportMother.report(2024);
        tooLarge.put("assets", largest + 1);
        tooLarge.put("turnover", Long.MAX_VALUE);
        tooLarge.put("surplus", -(largest + 1));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(tooLarge)
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("assets", "turnover", "surplus"));
        given().when().get("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("page.totalItems", equalTo(0));

        Map<String, Object> atTheLimit = AnnualReportMother.report(2024);
        atTheLimit.put("assets", largest);
        atTheLimit.put("surplus", -largest);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(atTheLimit)
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(201).body("assets", equalTo(largest)).body("surplus", equalTo(-largest));
    }

    @Test
    void openAndFutureYearsAreRefused() {
        LocalDate today = LocalDate.now(clock);
        String id = register(CooperativeMother.limaGaruda());
        Map<String, Object> report = AnnualReportMother.report(today.getYear());
        report.put("meetingDate", today.toString());
        post(id, report).then().statusCode(400).body("errors.field", hasItem("financialYear"));
        Map<String, Object> future = AnnualReportMother.report(today.getYear() + 1);
        post(id, future).then().statusCode(400).body("errors.field", hasItem("financialYear"))
                .body("errors.field", hasItem("meetingDate"));
    }

    @Test
    void negativeFiguresAndImpossibleDatesAreRefusedNamingTheField() {
        String id = register(CooperativeMother.limaGaruda());
        Map<String, Object> negative = AnnualReportMother.report(2024);
        negative.put("membersMale", -1);
        post(id, negative).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/validation"))
                .body("errors.field", hasItem("membersMale"));
        Map<String, Object> negativeAssets = AnnualReportMother.report(2024);
        negativeAssets.put("assets", -5L);
        post(id, negativeAssets).then().statusCode(400).body("errors.field", hasItem("assets"));
        Map<String, Object> early = AnnualReportMother.report(2024);
        early.put("meetingDate", "2024-12-31");
        post(id, early).then().statusCode(400).body("errors.field", hasItem("meetingDate"));
        Map<String, Object> beforeFounding = AnnualReportMother.report(1997);
        post(id, beforeFounding).then().statusCode(400).body("errors.field", hasItem("financialYear"));
        Map<String, Object> fraction = AnnualReportMother.report(2024);
        fraction.put("employees", 3.5);
        post(id, fraction).then().statusCode(400).body("errors.field", hasItem("employees"));
        Map<String, Object> missing = AnnualReportMother.report(2024);
        missing.remove("surplus");
        post(id, missing).then().statusCode(400).body("errors.field", hasItem("surplus"));
    }

    @Test
    void aCooperativeFilesItsOwnReportsOnlyAndAuditorsFileNothing() {
        String id = register(CooperativeMother.limaGaruda());
        String other = register(CooperativeMother.bonekaBekasi());
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).contentType(ContentType.JSON).body(AnnualReportMother.report(2024))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(201).body("filedBy", equalTo("koperasi@" + id));
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(other))).contentType(ContentType.JSON).body(AnnualReportMother.report(2023))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(AnnualReportMother.report(2023))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(AnnualReportMother.report(2023))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.partner("bank-bjb")).contentType(ContentType.JSON).body(AnnualReportMother.report(2023))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(403);
    }

    @Test
    void aReportThatMovesTheStandingPublishesStatusAndGradeChanges() {
        // The latest due year as of today: its report's meeting (21 March of the next year) is always held by now.
        int dueYear = DueYear.asOf(LocalDate.now(clock));
        String id = register(CooperativeMother.limaGaruda());
        file(id, AnnualReportMother.report(dueYear));
        try (EventLog log = registryEvents()) {
            EventLog.Event filed = log.await(EventLog.Event.ofType(EventTypes.ANNUAL_REPORT_FILED, id));
            assertThat(JsonPath.from(filed.value()).getInt("financialYear")).isEqualTo(dueYear);
            EventLog.Event status = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_STATUS_CHANGED, id));
            JsonPath statusData = JsonPath.from(status.value());
            assertThat(statusData.getString("previousStatus")).isEqualTo("INACTIVE");
            assertThat(statusData.getString("status")).isEqualTo("ACTIVE");
            assertThat(status.headers()).containsEntry("ce_aggregateversion", "1");
            EventLog.Event grade = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_GRADE_CHANGED, id));
            assertThat(JsonPath.from(grade.value()).getString("previousGrade")).isEqualTo("D");
            // Founded in 1998, one report in the window: C2.
            assertThat(JsonPath.from(grade.value()).getString("grade")).isEqualTo("C2");
        }
        // A correction of the same year (other assets) changes neither status nor grade: no new change events.
        correct(id, AnnualReportMother.reportWithAssets(dueYear, 7_000_000_000L));
        try (EventLog log = registryEvents()) {
            log.await(e -> EventTypes.ANNUAL_REPORT_FILED.equals(e.type()) && id.equals(e.subject())
                    && JsonPath.from(e.value()).getInt("revision") == 2);
            assertThat(log.all(EventLog.Event.ofType(EventTypes.COOPERATIVE_STATUS_CHANGED, id))).hasSize(1);
            assertThat(log.all(EventLog.Event.ofType(EventTypes.COOPERATIVE_GRADE_CHANGED, id))).hasSize(1);
        }
    }

    private static io.restassured.response.Response post(String id, Map<String, Object> report) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports");
    }
}
