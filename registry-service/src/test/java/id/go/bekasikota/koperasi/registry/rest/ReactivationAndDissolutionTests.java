package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.etag;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.registryEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Dormant cooperatives: reactivation cases and visits, dissolution, and the list of dissolution candidates. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ReactivationAndDissolutionTests {

    @Inject
    AdjustableClock clock;
    private LocalDate today;
    /** The latest due year as of today: a report for it makes a cooperative ACTIVE. */
    private int dueYear;

    @BeforeEach
    void readTheClock() {
        today = LocalDate.now(clock);
        dueYear = DueYear.asOf(today);
    }

    /** A treasurer's review: no answer told a cooperative what to file, and by when, to be ACTIVE. */
    @Test
    void todaysStandingOfAnInactiveCooperativeNamesTheReportThatMakesItActive() {
        String id = register(CooperativeMother.limaGaruda());
        // Founded long ago, no report: INACTIVE. The report to file: the due year's once it has closed (from 1 January after
        // it), else the year before; its meeting held by today counts today.
        int year = today.getYear() > dueYear ? dueYear : dueYear - 1;
        given().when().get("/api/v1/cooperatives/" + id + "/standing").then().statusCode(200)
                .body("status", equalTo("INACTIVE"))
                .body("nextStep.financialYear", equalTo(year))
                .body("nextStep.meetingFrom", equalTo((year + 1) + "-01-01"))
                .body("nextStep.meetingBy", equalTo(today.toString()));
        // Another date's standing tells no step.
        given().queryParam("asOf", today.minusDays(1).toString()).when().get("/api/v1/cooperatives/" + id + "/standing").then()
                .statusCode(200).body("status", equalTo("INACTIVE")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("nextStep")));
    }

    @Test
    void aReportThatMakesTheCooperativeActiveClosesItsReactivationCase() {
        String id = register(CooperativeMother.limaGaruda());
        String caseId = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.reactivationCase())
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases")
                .then().statusCode(201).body("status", equalTo("OPEN")).body("openedOn", equalTo(today.toString()))
                .extract().path("id");
        given().when().get("/api/v1/cooperatives/" + id).then().body("status", equalTo("INACTIVE")).body("underReactivation", equalTo(true));
        given().when().get("/api/v1/cooperatives/" + id + "/standing").then().body("underReactivation", equalTo(true));

        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(today.toString()))
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId + "/visits")
                .then().statusCode(201).body("visits", hasSize(1)).body("visitCount", equalTo(1))
                .body("visits[0].notes", equalTo(ReactivationCaseMother.visit(today.toString()).get("notes")));

        file(id, AnnualReportMother.report(dueYear));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("REACTIVATED"))
                .body("closedOn", equalTo(today.toString()));
        given().when().get("/api/v1/cooperatives/" + id).then().body("status", equalTo("ACTIVE")).body("underReactivation", equalTo(false));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(today.toString()))
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId + "/visits")
                .then().statusCode(409).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/illegal-transition"));
        try (EventLog log = registryEvents()) {
            EventLog.Event changed = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_STATUS_CHANGED, id));
            assertThat(JsonPath.from(changed.value()).getString("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void aCooperativeActiveOnADateIsNotFlaggedUnderReactivationThenEvenIfItsCaseClosedLater() {
        String id = register(CooperativeMother.limaGaruda());
        String caseId = openCase(id).then().statusCode(201).extract().path("id");
        try {
            // Ten days later the report of a RAT held five days before the case was opened arrives: the cooperative
            // was ACTIVE from that meeting on, the case is closed today.
            clock.today(today.plusDays(10));
            file(id, AnnualReportMother.report(dueYear, today.minusDays(5).toString()));
            given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId)
                    .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo(today.plusDays(10).toString()));
            // Three days after the opening the case was open, but the cooperative ACTIVE: not under reactivation,
            // as the dashboard of that date counts it.
            given().queryParam("asOf", today.plusDays(3).toString()).when().get("/api/v1/cooperatives/" + id + "/standing")
                    .then().statusCode(200).body("status", equalTo("ACTIVE")).body("underReactivation", equalTo(false));
            // The day before that meeting it was INACTIVE, but no case was open yet.
            given().queryParam("asOf", today.minusDays(6).toString()).when().get("/api/v1/cooperatives/" + id + "/standing")
                    .then().statusCode(200).body("status", equalTo("INACTIVE")).body("underReactivation", equalTo(false));
        } finally {
            clock.reset();
        }
    }

    @Test
    void onlyAnInactiveCooperativeWithoutAnOpenCaseGetsOne() {
        String active = register(CooperativeMother.limaGaruda());
        file(active, AnnualReportMother.report(dueYear));
        openCase(active).then().statusCode(409).body("currentState", equalTo("ACTIVE"));

        String dormant = register(CooperativeMother.limaGaruda());
        String first = openCase(dormant).then().statusCode(201).extract().path("id");
        openCase(dormant).then().statusCode(409).body("existingId", equalTo(first));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/api/v1/cooperatives/" + register(CooperativeMother.limaGaruda()) + "/reactivation-cases")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }

    @Test
    void visitsCannotPrecedeTheCaseOrLieInTheFuture() {
        String id = register(CooperativeMother.limaGaruda());
        String caseId = openCase(id).then().statusCode(201).extract().path("id");
        String visits = "/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId + "/visits";
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(today.minusDays(1).toString()))
                .when().post(visits).then().statusCode(400).body("errors[0].field", equalTo("visitedOn"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(today.plusDays(2).toString()))
                .when().post(visits).then().statusCode(400).body("errors[0].field", equalTo("visitedOn"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(today.toString()))
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases/" + UUID.randomUUID() + "/visits")
                .then().statusCode(404);
    }

    @Test
    void casesAreTheOfficesAndTheCooperativesOwnToRead() {
        String id = register(CooperativeMother.limaGaruda());
        String caseId = openCase(id).then().statusCode(201).extract().path("id");
        String other = register(CooperativeMother.bonekaBekasi());
        String cases = "/api/v1/cooperatives/" + id + "/reactivation-cases";
        given().when().get(cases).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(other))).when().get(cases).then().statusCode(403);
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).when().get(cases).then().statusCode(200)
                .body("items.id", contains(caseId)).body("page.totalItems", equalTo(1));
        given().auth().oauth2(Tokens.auditor()).when().get(cases + "/" + caseId).then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(ReactivationCaseMother.reactivationCase())
                .when().post(cases).then().statusCode(403);
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(today.toString()))
                .when().post(cases + "/" + caseId + "/visits").then().statusCode(403);
    }

    @Test
    void aCaseShowsItsLatestTwentyVisitsAndEveryVisitIsPaged() {
        String id = register(CooperativeMother.limaGaruda());
        String caseId = openCase(id).then().statusCode(201).extract().path("id");
        String caseUrl = "/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId;
        for (int i = 1; i <= 23; i++) {
            Map<String, Object> visit = ReactivationCaseMother.visit(today.toString());
            visit.put("notes", "Kunjungan " + i);
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(visit).when().post(caseUrl + "/visits")
                    .then().statusCode(201).body("visitCount", equalTo(i)).body("visits", hasSize(Math.min(i, 20)))
                    .body("visits[-1].notes", equalTo("Kunjungan " + i));
        }

        // The case: visits 4 to 23, in the order they were recorded; all 23 counted.
        JsonPath detail = given().auth().oauth2(Tokens.officer()).when().get(caseUrl).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getInt("visitCount")).isEqualTo(23);
        assertThat(detail.getList("visits.notes", String.class)).containsExactly("Kunjungan 4", "Kunjungan 5", "Kunjungan 6",
                "Kunjungan 7", "Kunjungan 8", "Kunjungan 9", "Kunjungan 10", "Kunjungan 11", "Kunjungan 12", "Kunjungan 13",
                "Kunjungan 14", "Kunjungan 15", "Kunjungan 16", "Kunjungan 17", "Kunjungan 18", "Kunjungan 19", "Kunjungan 20",
                "Kunjungan 21", "Kunjungan 22", "Kunjungan 23");
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + id + "/reactivation-cases").then().statusCode(200)
                .body("items[0].visitCount", equalTo(23)).body("items[0].visits", hasSize(20))
                .body("items[0].visits[0].notes", equalTo("Kunjungan 4"));

        // Every visit, a page at a time, first first.
        JsonPath first = given().auth().oauth2(Tokens.officer()).when().get(caseUrl + "/visits").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.notes", String.class)).containsExactly("Kunjungan 1", "Kunjungan 2", "Kunjungan 3",
                "Kunjungan 4", "Kunjungan 5", "Kunjungan 6", "Kunjungan 7", "Kunjungan 8", "Kunjungan 9", "Kunjungan 10",
                "Kunjungan 11", "Kunjungan 12", "Kunjungan 13", "Kunjungan 14", "Kunjungan 15", "Kunjungan 16", "Kunjungan 17",
                "Kunjungan 18", "Kunjungan 19", "Kunjungan 20");
        assertThat(first.getString("items[0].visitedOn")).isEqualTo(today.toString());
        assertThat(first.getString("items[0].recordedBy")).isEqualTo("officer@dev");
        assertThat(first.getLong("page.totalItems")).isEqualTo(23);
        assertThat(first.getLong("page.totalPages")).isEqualTo(2);
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).queryParam("page", 3).queryParam("size", 10)
                .when().get(caseUrl + "/visits").then().statusCode(200)
                .body("items.notes", contains("Kunjungan 21", "Kunjungan 22", "Kunjungan 23"))
                .body("page.number", equalTo(3)).body("page.totalPages", equalTo(3));

        given().auth().oauth2(Tokens.officer()).queryParam("size", 101).when().get(caseUrl + "/visits")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().when().get(caseUrl + "/visits").then().statusCode(401);
        String other = register(CooperativeMother.bonekaBekasi());
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(other))).when().get(caseUrl + "/visits").then().statusCode(403);
        given().auth().oauth2(Tokens.partner("bank-bjb")).when().get(caseUrl + "/visits").then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + other + "/reactivation-cases/" + caseId + "/visits")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id + "/reactivation-cases/" + UUID.randomUUID() + "/visits")
                .then().statusCode(404);
    }

    @Test
    void aCooperativesCasesArePaged() {
        String id = register(CooperativeMother.limaGaruda());
        String caseId = openCase(id).then().statusCode(201).extract().path("id");
        String cases = "/api/v1/cooperatives/" + id + "/reactivation-cases";
        given().auth().oauth2(Tokens.officer()).queryParam("size", 1).when().get(cases).then().statusCode(200)
                .body("items.id", contains(caseId)).body("items[0].visitCount", equalTo(0)).body("items[0].visits", hasSize(0))
                .body("page.size", equalTo(1)).body("page.totalItems", equalTo(1)).body("page.totalPages", equalTo(1));
        given().auth().oauth2(Tokens.officer()).queryParam("page", 2).queryParam("size", 1).when().get(cases).then().statusCode(200)
                .body("items", hasSize(0)).body("page.totalItems", equalTo(1));
        given().auth().oauth2(Tokens.officer()).queryParam("size", "many").when().get(cases)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + UUID.randomUUID() + "/reactivation-cases")
                .then().statusCode(404);
    }

    @Test
    void dissolutionNeedsTheCurrentETagAndIsPublished() {
        String id = register(CooperativeMother.limaGaruda());
        String caseId = openCase(id).then().statusCode(201).extract().path("id");
        Map<String, Object> body = Map.of("dissolvedOn", today.toString(), "legalBasis", "Keputusan Kepala Dinas No. 518/123/2026");
        dissolve(id, null, body).then().statusCode(428);
        dissolve(id, "\"5\"", body).then().statusCode(412);
        dissolve(id, etag(id), Map.of("dissolvedOn", today.plusDays(1).toString(), "legalBasis", "x"))
                .then().statusCode(400).body("errors[0].field", equalTo("dissolvedOn"));
        dissolve(id, etag(id), Map.of("dissolvedOn", "1990-01-01", "legalBasis", "x"))
                .then().statusCode(400).body("errors[0].field", equalTo("dissolvedOn"));
        dissolve(id, etag(id), Map.of("dissolvedOn", today.toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("legalBasis"));

        dissolve(id, etag(id), body).then().statusCode(200)
                .header("ETag", Tags.ofVersion(1)).body("status", equalTo("DISSOLVED")).body("dissolvedOn", equalTo(today.toString()))
                .body("dissolutionLegalBasis", equalTo("Keputusan Kepala Dinas No. 518/123/2026"))
                .body("dissolvedBy", equalTo("officer@dev")).body("dissolutionRecordedAt", org.hamcrest.Matchers.notNullValue());
        // Who recorded it is the office's and the cooperative's to read; the public sees the dissolution and its basis.
        given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200).body("dissolvedOn", equalTo(today.toString()))
                .body("dissolvedBy", org.hamcrest.Matchers.nullValue()).body("dissolutionRecordedAt", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(Tokens.cooperative(java.util.UUID.fromString(id))).when().get("/api/v1/cooperatives/" + id).then()
                .statusCode(200).body("dissolvedBy", equalTo("officer@dev"));
        dissolve(id, etag(id), body).then().statusCode(409).body("currentState", equalTo("DISSOLVED"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id + "/reactivation-cases/" + caseId)
                .then().body("status", equalTo("CLOSED")).body("outcome", equalTo("DISSOLVED"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(AnnualReportMother.report(dueYear))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(409).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/illegal-transition"))
                .body("currentState", equalTo("DISSOLVED"));

        try (EventLog log = registryEvents()) {
            EventLog.Event dissolved = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_DISSOLVED, id));
            assertThat(JsonPath.from(dissolved.value()).getString("legalBasis")).isEqualTo("Keputusan Kepala Dinas No. 518/123/2026");
            assertThat(JsonPath.from(dissolved.value()).getString("cooperative.dissolvedOn")).isEqualTo(today.toString());
            EventLog.Event status = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_STATUS_CHANGED, id));
            assertThat(JsonPath.from(status.value()).getString("previousStatus")).isEqualTo("INACTIVE");
            assertThat(JsonPath.from(status.value()).getString("status")).isEqualTo("DISSOLVED");
        }
    }

    @Test
    void dissolutionIsForOfficersOnly() {
        String id = register(CooperativeMother.limaGaruda());
        Map<String, Object> body = Map.of("dissolvedOn", today.toString(), "legalBasis", "RAT pembubaran");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().post("/api/v1/cooperatives/" + id + "/dissolution").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().post("/api/v1/cooperatives/" + id + "/dissolution").then().statusCode(403);
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(id))).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().post("/api/v1/cooperatives/" + id + "/dissolution").then().statusCode(403);
    }

    @Test
    void dissolutionCandidatesAreTheDormantOnesWithoutAMeetingInThreeYears() {
        Map<String, Object> dormantBody = CooperativeMother.limaGaruda();
        // Early in the alphabet: the first page (by name) holds it however many other candidates there are.
        dormantBody.put("name", "Koperasi AAA Mati Suri " + UUID.randomUUID());
        String dormant = register(dormantBody);
        String active = register(CooperativeMother.limaGaruda());
        file(active, AnnualReportMother.report(dueYear));
        String young = register(CooperativeMother.limaGaruda());
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", etag(young))
                .body(Map.of("foundedOn", today.withDayOfYear(1).toString(), "legalEntityDate", today.withDayOfYear(1).toString()))
                .when().patch("/api/v1/cooperatives/" + young).then().statusCode(200);

        given().auth().oauth2(Tokens.officer()).queryParam("size", 100).queryParam("asOf", today.toString())
                .when().get("/api/v1/cooperatives/dissolution-candidates")
                .then().statusCode(200)
                .body("items.id", hasItem(dormant))
                .body("items.id", not(hasItem(active)))
                .body("items.id", not(hasItem(young)))
                .body("page.size", equalTo(100));
        // Before the founding year's first RAT was due, even the dormant one was new.
        given().auth().oauth2(Tokens.auditor()).queryParam("asOf", "1999-06-30").queryParam("size", 100)
                .when().get("/api/v1/cooperatives/dissolution-candidates")
                .then().statusCode(200).body("items.id", not(hasItem(dormant)));
        given().when().get("/api/v1/cooperatives/dissolution-candidates").then().statusCode(401);
        given().auth().oauth2(Tokens.cooperative(UUID.fromString(dormant))).when().get("/api/v1/cooperatives/dissolution-candidates")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).queryParam("asOf", "2026-13-01").when().get("/api/v1/cooperatives/dissolution-candidates")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(Tokens.officer()).queryParam("size", 500).when().get("/api/v1/cooperatives/dissolution-candidates")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.officer()).queryParam("size", 500).queryParam("asOf", "2026-13-01")
                .when().get("/api/v1/cooperatives/dissolution-candidates")
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("size", "asOf")));
    }

    private static io.restassured.response.Response openCase(String id) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.reactivationCase())
                .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases");
    }

    private static io.restassured.response.Response dissolve(String id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/cooperatives/" + id + "/dissolution");
    }
}
