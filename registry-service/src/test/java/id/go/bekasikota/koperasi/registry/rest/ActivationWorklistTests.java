package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The worklist through the API: its figures are the dashboard's, its order is the documented one, its predictions come true. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ActivationWorklistTests {

    private static final LocalDate TODAY = OfficeClockStart.today();
    private static final int F = DueYear.asOf(TODAY);
    private static final String WORKLIST = "/api/v1/statistics/activation/worklist";

    @Inject
    AdjustableClock clock;
    @Inject
    RegisterRevision revision;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    @AfterEach
    void resetClock() {
        clock.reset();
    }
    /** The documented order of the worklist, over the served items. */
    private static final Comparator<Map<String, Object>> DOCUMENTED = Comparator
            .comparing((Map<String, Object> i) -> !(Boolean) i.get("underReactivation"))
            .thenComparing(i -> (String) i.get("lastContactOn"), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> (Integer) i.get("latestReportYear"), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> (String) i.get("cooperativeNumber"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> (String) i.get("cooperativeId"));

    @Test
    void filingTheFirstStepsThroughTheApiGivesExactlyTheRatioTheWorklistPredicted() {
        for (int i = 0; i < 4; i++) {
            register(dormant("327509", "JASA", "COMMUNITY"));
        }
        JsonPath worklist = worklist(Map.of("size", 10));
        JsonPath before = dashboard();
        assertThat(worklist.getLong("registered")).isEqualTo(before.getLong("total.registered"));
        assertThat(worklist.getLong("active")).isEqualTo(before.getLong("total.active"));
        assertThat(worklist.getLong("inactive")).isEqualTo(before.getLong("total.inactive"));
        assertThat(new BigDecimal(worklist.getString("ratio"))).isEqualByComparingTo(before.getString("total.ratio"));
        assertThat(worklist.getLong("gap")).isEqualTo(before.getLong("total.gap"));

        int k = 4;
        for (int i = 0; i < k; i++) {
            Map<String, Object> report = AnnualReportMother.report(worklist.getInt("items[" + i + "].step.financialYear"));
            report.put("meetingDate", worklist.getString("items[" + i + "].step.meetingBy"));
            file(worklist.getString("items[" + i + "].cooperativeId"), report);
        }
        JsonPath after = dashboard();
        assertThat(new BigDecimal(after.getString("total.ratio"))).isEqualByComparingTo(worklist.getString("items[" + (k - 1) + "].ratioAfter"));
        assertThat(after.getLong("total.gap")).isEqualTo(worklist.getLong("items[" + (k - 1) + "].gapAfter"));
        assertThat(after.getLong("total.active")).isEqualTo(before.getLong("total.active") + k);
        assertThat(after.getLong("total.registered")).isEqualTo(before.getLong("total.registered"));
    }

    @Test
    void theOrderIsOpenCaseAndContactFirstThenTheLatestReportThenTheNumber() {
        Ladder ladder = Ladder.of("327511", "PEMASARAN", "OTHER");
        String reactivating = ladder.reactivating();
        String missedOne = ladder.missedOne();
        String never = ladder.never();
        String active = register(dormant("327511", "PEMASARAN", "OTHER"));
        file(active, AnnualReportMother.report(F));

        List<Map<String, Object>> items = all(Map.of("kecamatan", "327511", "jenis", "PEMASARAN", "kelompok", "OTHER"));
        List<String> ids = items.stream().map(i -> (String) i.get("cooperativeId")).toList();
        assertThat(ids).doesNotContain(active);
        List<String> ours = ids.stream().filter(ladder.inOrder()::contains).toList();
        assertThat(ours).containsExactlyElementsOf(ladder.inOrder());
        for (int i = 0; i < items.size(); i++) {
            assertThat(((Number) items.get(i).get("rank")).intValue()).isEqualTo(i + 1);
        }
        // The whole list in the documented order, checked by a comparator written here.
        assertThat(items).isSortedAccordingTo(DOCUMENTED);

        Map<String, Object> first = items.get(ids.indexOf(reactivating));
        assertThat(first).containsEntry("underReactivation", true).containsEntry("lastContactOn", TODAY.toString())
                .containsEntry("grade", "D").containsEntry("kecamatanName", "Mustikajaya");
        assertThat(first.get("step")).isEqualTo(Map.of("financialYear", F, "meetingFrom", (F + 1) + "-01-01", "meetingBy", TODAY.toString()));
        assertThat(items.get(ids.indexOf(missedOne))).containsEntry("grade", "C2").containsEntry("latestReportYear", F - 2)
                .containsEntry("underReactivation", false);
        assertThat(items.get(ids.indexOf(never))).containsEntry("grade", "D").doesNotContainKey("latestReportYear");
    }

    @Test
    void onceTheDayIsEvaluatedThePublishedStandingsRankTheWorklistAsTheRulesDo() {
        // The daily evaluation for today: from now on the worklist as of today is read from the published standings.
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(200);
        Ladder ladder = Ladder.of("327512", "JASA", "KUD");
        String filedToday = register(dormant("327512", "JASA", "KUD"));
        Map<String, Object> scope = Map.of("kecamatan", "327512", "jenis", "JASA", "kelompok", "KUD");
        assertThat(all(scope)).extracting(i -> i.get("cooperativeId")).contains(filedToday);
        file(filedToday, AnnualReportMother.report(F));

        List<Map<String, Object>> items = all(scope);
        List<String> ids = items.stream().map(i -> (String) i.get("cooperativeId")).toList();
        assertThat(ids).doesNotContain(filedToday);
        assertThat(ids.stream().filter(ladder.inOrder()::contains).toList()).containsExactlyElementsOf(ladder.inOrder());
        assertThat(items).isSortedAccordingTo(DOCUMENTED);
        // Every cooperative of the scope is on it exactly when the dashboard's rules count it inactive.
        JsonPath dashboard = dashboard();
        String figures = "byKecamatan.find { it.key == '327512' }.figures.";
        JsonPath kecamatan = worklist(Map.of("kecamatan", "327512", "size", 1));
        assertThat(kecamatan.getLong("inactive")).isEqualTo(dashboard.getLong(figures + "inactive"));
        assertThat(kecamatan.getLong("registered")).isEqualTo(dashboard.getLong(figures + "registered"));
        // kecamatanCode, as every other list names the filter, is the same scope; the two disagreeing is a 400 naming it.
        JsonPath byCode = worklist(Map.of("kecamatanCode", "327512", "size", 1));
        assertThat(byCode.getLong("inactive")).isEqualTo(kecamatan.getLong("inactive"));
        assertThat(byCode.getString("scope.kecamatanCode")).isEqualTo("327512");
        given().auth().oauth2(Tokens.officer()).queryParam("kecamatanCode", "327512").queryParam("kecamatan", "327501")
                .when().get(WORKLIST).then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("kecamatanCode"));
    }

    @Test
    void eachScopeHasTheFiguresOfItsBreakdownInTheDashboard() {
        register(dormant("327506", "KONSUMEN", "KUD"));
        JsonPath dashboard = dashboard();
        for (String[] scope : List.of(new String[]{"kecamatan", "327506", "byKecamatan", "kecamatanCode"},
                new String[]{"jenis", "KONSUMEN", "byJenis", "jenis"}, new String[]{"kelompok", "KUD", "byKelompok", "kelompok"})) {
            JsonPath worklist = worklist(Map.of(scope[0], scope[1], "size", 100));
            String figures = scope[2] + ".find { it.key == '" + scope[1] + "' }.figures.";
            assertThat(worklist.getLong("registered")).as(scope[0]).isEqualTo(dashboard.getLong(figures + "registered"));
            assertThat(worklist.getLong("active")).as(scope[0]).isEqualTo(dashboard.getLong(figures + "active"));
            assertThat(worklist.getLong("gap")).as(scope[0]).isEqualTo(dashboard.getLong(figures + "gap"));
            assertThat(worklist.getLong("page.totalItems")).as(scope[0]).isEqualTo(dashboard.getLong(figures + "inactive"));
            assertThat(worklist.getString("scope." + scope[3])).isEqualTo(scope[1]);
        }
    }

    @Test
    void pagesContinueTheRanksAndAPastDateIsAskedForAsOfThatDate() {
        for (int i = 0; i < 3; i++) {
            register(dormant("327504", "JASA", "COMMUNITY"));
        }
        JsonPath first = worklist(Map.of("size", 2, "page", 1));
        JsonPath second = worklist(Map.of("size", 2, "page", 2));
        assertThat(second.getInt("items[0].rank")).isEqualTo(3);
        assertThat(second.getInt("page.number")).isEqualTo(2);
        assertThat(first.getLong("page.totalItems")).isEqualTo(first.getLong("inactive"));

        LocalDate past = LocalDate.of(2024, 3, 15);
        JsonPath then = worklist(Map.of("asOf", past.toString(), "size", 1));
        JsonPath dashboardThen = given().queryParam("asOf", past.toString()).when().get("/api/v1/statistics/activation")
                .then().statusCode(200).extract().jsonPath();
        assertThat(then.getLong("registered")).isEqualTo(dashboardThen.getLong("total.registered"));
        assertThat(then.getLong("active")).isEqualTo(dashboardThen.getLong("total.active"));
        assertThat(then.getInt("latestDueYear")).isEqualTo(2022);
        if (then.getLong("inactive") > 0) {
            assertThat(then.getInt("items[0].step.financialYear")).isEqualTo(2022);
            assertThat(then.getString("items[0].step.meetingBy")).isEqualTo("2024-03-15");
        }
    }

    @Test
    void requestsAtOnceRightAfterAWriteAllSeeIt() throws Exception {
        Map<String, Object> scope = Map.of("kecamatan", "327502", "jenis", "KONSUMEN", "kelompok", "CIVIL_SERVANTS");
        String filing = register(dormant("327502", "KONSUMEN", "CIVIL_SERVANTS"));
        register(dormant("327502", "KONSUMEN", "CIVIL_SERVANTS"));
        List<Map<String, Object>> before = all(scope);
        assertThat(before).extracting(i -> i.get("cooperativeId")).contains(filing);

        file(filing, AnnualReportMother.report(F));
        // Eight officers reload the worklist at once: the one kept from before the filing serves none of them.
        java.util.concurrent.ExecutorService officers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(officers.submit(() -> worklist(Map.of("kecamatan", "327502", "jenis", "KONSUMEN",
                        "kelompok", "CIVIL_SERVANTS", "size", 100))));
            }
            for (java.util.concurrent.Future<JsonPath> answer : answers) {
                JsonPath after = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(after.getList("items.cooperativeId")).doesNotContain(filing);
                assertThat(after.getLong("inactive")).isEqualTo(before.size() - 1L);
            }
        } finally {
            officers.shutdownNow();
        }
    }

    @Test
    void aVisitMovesTheCooperativeUpAtOnce() {
        Map<String, Object> scope = Map.of("kecamatan", "327510", "jenis", "PRODUSEN", "kelompok", "KUD");
        String visited = register(dormant("327510", "PRODUSEN", "KUD"));
        String other = register(dormant("327510", "PRODUSEN", "KUD"));
        clock.today(TODAY.minusDays(20));
        String visitedCase = openCase(visited);
        clock.today(TODAY.minusDays(10));
        openCase(other);
        clock.reset();
        assertThat(cooperativeIds(all(scope)).stream().filter(List.of(visited, other)::contains).toList()).containsExactly(other, visited);

        // Today's visit is the latest contact of all: the next worklist ranks the cooperative first.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(TODAY.toString()))
                .when().post("/api/v1/cooperatives/" + visited + "/reactivation-cases/" + visitedCase + "/visits").then().statusCode(201);

        List<Map<String, Object>> items = all(scope);
        assertThat(cooperativeIds(items).stream().filter(List.of(visited, other)::contains).toList()).containsExactly(visited, other);
        assertThat(items.get(cooperativeIds(items).indexOf(visited))).containsEntry("lastContactOn", TODAY.toString());
        assertThat(items).isSortedAccordingTo(DOCUMENTED);
    }

    @Test
    void afterTheDaysEvaluationEachWriteIsTakenIntoTheKeptWorklistAsRankingTheScopeAgainWould() {
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(200);
        Map<String, Object> scope = Map.of("kecamatan", "327508", "jenis", "PEMASARAN", "kelompok", "COMPANY_EMPLOYEES");
        Model model = new Model();
        for (int i = 0; i < 4; i++) {
            model.registered(register(dormant("327508", "PEMASARAN", "COMPANY_EMPLOYEES")));
        }
        model.check(all(scope));
        double takenIn = computations("taken_in");
        double ranked = computations("published");

        // Each write, then the worklist: the one kept is brought up to date, never ranked again in full.
        String a = model.ids.get(0);
        String b = model.ids.get(1);
        String c = model.ids.get(2);
        file(b, AnnualReportMother.report(F - 2));
        model.latestYear.put(b, F - 2);
        model.check(all(scope));
        String caseOfC = openCase(c);
        model.openCase.add(c);
        model.contact.put(c, TODAY.toString());
        model.check(all(scope));
        file(a, AnnualReportMother.report(F));
        model.inactive.remove(a);
        model.check(all(scope));
        String d = register(dormant("327508", "PEMASARAN", "COMPANY_EMPLOYEES"));
        model.registered(d);
        model.check(all(scope));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(TODAY.toString()))
                .when().post("/api/v1/cooperatives/" + c + "/reactivation-cases/" + caseOfC + "/visits").then().statusCode(201);
        model.check(all(scope));
        id.go.bekasikota.koperasi.registry.support.RegistryApi.dissolve(d, TODAY.toString());
        model.inactive.remove(d);
        model.check(all(scope));
        assertThat(computations("taken_in") - takenIn).isEqualTo(6);
        assertThat(computations("published")).isEqualTo(ranked);

        // A write whose note is gone before the next request: the worklist is ranked again in full, as right.
        String e = register(dormant("327508", "PEMASARAN", "COMPANY_EMPLOYEES"));
        model.registered(e);
        revision.prune(java.time.Duration.ZERO);
        model.check(all(scope));
        assertThat(computations("published")).isEqualTo(ranked + 1);
    }

    @Test
    void officersAndAuditorsOnlyAndBadParametersAreNamed() {
        given().when().get(WORKLIST).then().statusCode(401);
        given().auth().oauth2(Tokens.cooperative(java.util.UUID.randomUUID())).when().get(WORKLIST).then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).when().get(WORKLIST).then().statusCode(200);
        given().auth().oauth2(Tokens.officer()).queryParam("kecamatan", "327599").when().get(WORKLIST)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("kecamatan"));
        given().auth().oauth2(Tokens.officer()).queryParam("jenis", "KOPERASI").when().get(WORKLIST)
                .then().statusCode(400).body("errors.field", hasItem("jenis"));
        given().auth().oauth2(Tokens.officer()).queryParam("kelompok", "x").when().get(WORKLIST)
                .then().statusCode(400).body("errors.field", hasItem("kelompok"));
        given().auth().oauth2(Tokens.officer()).queryParam("asOf", "soon").when().get(WORKLIST)
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
        given().auth().oauth2(Tokens.officer()).queryParam("size", 101).when().get(WORKLIST)
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(Tokens.officer()).accept("text/html").when().get(WORKLIST).then().statusCode(406);
        given().auth().oauth2(Tokens.officer()).accept("application/pdf").queryParam("asOf", "soon").when().get(WORKLIST)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
    }

    @Test
    void theOpenApiDocumentNamesEveryRepresentationAndStatusOfThePathToTheTarget() throws java.io.IOException {
        String document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/registry-openapi.json"), document);
        JsonPath openApi = JsonPath.from(document);
        for (String path : List.of("/api/v1/statistics/activation", WORKLIST)) {
            assertThat(openApi.getMap("paths.'" + path + "'.get.responses.'200'.content")).as(path).containsOnlyKeys("application/json",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf");
        }
        assertThat(openApi.getMap("paths.'" + WORKLIST + "'.get.responses")).containsKeys("200", "400", "401", "403", "406");
        assertThat(openApi.getMap("paths.'/api/v1/statistics/activation/at-risk'.get.responses")).containsKeys("200", "400", "401", "403");
        assertThat(openApi.getMap("paths.'/api/v1/statistics/activation/scenarios'.post.responses"))
                .containsKeys("200", "400", "401", "403", "422");
        assertThat(openApi.getString("paths.'/api/v1/statistics/activation/scenarios'.post.requestBody.content.'application/json'.examples"))
                .contains("FILE_REPORT");
    }

    /**
     * Four inactive cooperatives of a scope, one per rung of the documented order: a case open with a
     * visit today, a report for F-2, a report for F-5, no report.
     */
    private record Ladder(String reactivating, String missedOne, String longAgo, String never) {

        static Ladder of(String kecamatan, String jenis, String kelompok) {
            String reactivating = register(dormant(kecamatan, jenis, kelompok));
            String caseId = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.reactivationCase())
                    .when().post("/api/v1/cooperatives/" + reactivating + "/reactivation-cases").then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.visit(TODAY.toString()))
                    .when().post("/api/v1/cooperatives/" + reactivating + "/reactivation-cases/" + caseId + "/visits").then().statusCode(201);
            String missedOne = register(dormant(kecamatan, jenis, kelompok));
            file(missedOne, AnnualReportMother.report(F - 2));
            String longAgo = register(dormant(kecamatan, jenis, kelompok));
            file(longAgo, AnnualReportMother.report(F - 5));
            return new Ladder(reactivating, missedOne, longAgo, register(dormant(kecamatan, jenis, kelompok)));
        }

        /** The four, first to visit first. */
        List<String> inOrder() {
            return List.of(reactivating, missedOne, longAgo, never);
        }
    }

    /**
     * What the test knows of the cooperatives of a scope it alone writes to: which are inactive and
     * what the worklist ranks them by; the worklist they should make, in the documented order.
     */
    private static final class Model {
        final List<String> ids = new ArrayList<>();
        final java.util.Set<String> inactive = new java.util.HashSet<>();
        final java.util.Set<String> openCase = new java.util.HashSet<>();
        final Map<String, String> contact = new java.util.HashMap<>();
        final Map<String, Integer> latestYear = new java.util.HashMap<>();
        final Map<String, String> number = new java.util.HashMap<>();

        void registered(String id) {
            ids.add(id);
            inactive.add(id);
            number.put(id, given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200).extract().path("cooperativeNumber"));
        }

        /** The served worklist holds exactly the inactive cooperatives, in the documented order, each ranked as known here. */
        void check(List<Map<String, Object>> served) {
            Comparator<String> documented = Comparator.comparing((String id) -> !openCase.contains(id))
                    .thenComparing(contact::get, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(latestYear::get, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(number::get, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(id -> id);
            assertThat(cooperativeIds(served)).containsExactlyElementsOf(inactive.stream().sorted(documented).toList());
            for (int i = 0; i < served.size(); i++) {
                assertThat(((Number) served.get(i).get("rank")).intValue()).isEqualTo(i + 1);
            }
        }
    }

    private static String openCase(String cooperativeId) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.reactivationCase())
                .when().post("/api/v1/cooperatives/" + cooperativeId + "/reactivation-cases").then().statusCode(201).extract().path("id");
    }

    private static List<String> cooperativeIds(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("cooperativeId")).toList();
    }

    /** The registry's count of worklists computed that way, from its metrics. */
    private double computations(String way) {
        String metrics = given().when().get(metricsUrl).then().statusCode(200).extract().asString();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                "(?m)^koperasi_worklist_computations_total\\{[^}]*way=\"" + way + "\"[^}]*} ([0-9.eE+]+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    /** A cooperative with no report, founded long ago: inactive, grade D. */
    static Map<String, Object> dormant(String kecamatan, String jenis, String kelompok) {
        Map<String, Object> body = CooperativeMother.bonekaBekasi();
        body.put("kecamatanCode", kecamatan);
        body.put("jenis", jenis);
        body.put("kelompok", kelompok);
        return body;
    }

    private static JsonPath worklist(Map<String, ?> parameters) {
        return given().auth().oauth2(Tokens.officer()).queryParams(parameters).when().get(WORKLIST)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static List<Map<String, Object>> all(Map<String, ?> parameters) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, Object> query = new java.util.HashMap<>(parameters);
            query.put("page", page);
            query.put("size", 100);
            JsonPath answer = worklist(query);
            items.addAll(answer.getList("items"));
            if (page >= answer.getInt("page.totalPages")) {
                return items;
            }
        }
    }

    private static JsonPath dashboard() {
        return given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
    }
}
