package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.dissolve;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.fileOrCorrect;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * What-if scenarios through the API: a random scenario gives exactly the dashboard the register
 * shows once the same actions are really written (a property over random scenarios), nothing is
 * written by asking, and impossible actions are refused one by one.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ScenarioTests {

    private static final LocalDate TODAY = OfficeClockStart.today();
    private static final int F = DueYear.asOf(TODAY);
    private static final String SCENARIOS = "/api/v1/statistics/activation/scenarios";
    private static final String[] KECAMATAN = {"327501", "327502", "327503", "327504", "327505", "327506", "327507",
            "327508", "327509", "327510", "327511", "327512"};
    private static final String[] JENIS = {"SIMPAN_PINJAM", "KONSUMEN", "PRODUSEN", "PEMASARAN", "JASA"};
    private static final String[] KELOMPOK = {"CIVIL_SERVANTS", "COMPANY_EMPLOYEES", "COMMUNITY", "KUD", "OTHER"};

    /** A cooperative of this test as the scenario generator knows it. */
    private record Ours(String id, LocalDate founded) {
    }

    @Test
    void aRandomScenarioIsTheDashboardAfterTheSameActionsAreWritten() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed * 7_919);
            List<Ours> ours = registerSome(random, 8);
            List<Map<String, Object>> actions = randomActions(random, ours, 14);

            JsonPath before = dashboard();
            JsonPath scenario = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                    .body(Map.of("asOf", TODAY.toString(), "actions", actions))
                    .when().post(SCENARIOS).then().statusCode(200).extract().jsonPath();
            assertThat(dashboard().getMap("total")).as("asking wrote nothing").isEqualTo(before.getMap("total"));
            assertThat(scenario.getMap("real")).as("seed %s: real", seed).isEqualTo(before.getMap("total"));

            write(actions);
            JsonPath after = dashboard();
            assertThat(scenario.getMap("scenario")).as("seed %s: %s", seed, actions).isEqualTo(after.getMap("total"));
            for (String breakdown : List.of("byKecamatan", "byJenis", "byKelompok")) {
                List<Map<String, Object>> groups = scenario.getList(breakdown);
                for (int i = 0; i < groups.size(); i++) {
                    assertThat(groups.get(i).get("key")).isEqualTo(after.getString(breakdown + "[" + i + "].key"));
                    assertThat(groups.get(i).get("scenario")).as("seed %s: %s %s", seed, breakdown, groups.get(i).get("key"))
                            .isEqualTo(after.getMap(breakdown + "[" + i + "].figures"));
                    assertThat(groups.get(i).get("real")).isEqualTo(before.getMap(breakdown + "[" + i + "].figures"));
                }
            }
            long registered = after.getLong("total.registered") - before.getLong("total.registered");
            assertThat(scenario.getLong("difference.registered")).isEqualTo(registered);
            assertThat(scenario.getLong("difference.active")).isEqualTo(after.getLong("total.active") - before.getLong("total.active"));
        }
    }

    @Test
    void unknownCooperativesAndImpossibleActionsAreRefusedOneByOne() {
        String dormant = register(ActivationWorklistTests.dormant("327503", "JASA", "KUD"));
        String gone = register(ActivationWorklistTests.dormant("327503", "JASA", "KUD"));
        dissolve(gone, TODAY.toString());
        String stranger = UUID.randomUUID().toString();
        List<Map<String, Object>> actions = List.of(
                fileReport(stranger, F, TODAY),
                fileReport(dormant, TODAY.getYear(), TODAY),
                fileReport(dormant, F, LocalDate.of(F, 12, 31)),
                dissolveAction(gone, TODAY),
                fileReport(gone, F, TODAY));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("actions", actions))
                .when().post(SCENARIOS).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("errors.field", hasItems("actions[0].cooperativeId", "actions[1].financialYear", "actions[2].meetingDate",
                        "actions[3].cooperativeId", "actions[4].cooperativeId"))
                .body("reasons", hasItem("actions[0]: cooperative " + stranger + " is not in the register"))
                .body("reasons", hasItem("actions[3]: cooperative " + gone + " is dissolved already (on " + TODAY + ")"));
    }

    @Test
    void malformedActionsAreNamedAndOnlyOfficersAndAuditorsAsk() {
        String id = register(ActivationWorklistTests.dormant("327503", "JASA", "KUD"));
        Map<String, Object> missing = new HashMap<>(Map.of("type", "FILE_REPORT", "cooperativeId", id, "financialYear", F));
        Map<String, Object> foreign = new HashMap<>(dissolveAction(id, TODAY));
        foreign.put("count", 3);
        post(Tokens.officer(), Map.of("actions", List.of(missing, foreign))).then().statusCode(400)
                .body("errors.field", hasItems("actions[0].meetingDate", "actions[1].count"));
        post(Tokens.officer(), Map.of("actions", List.of(Map.of("cooperativeId", id)))).then().statusCode(400)
                .body("errors.field", hasItem("actions[0].type"));
        post(Tokens.officer(), Map.of("actions", List.of())).then().statusCode(400).body("errors.field", hasItem("actions"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            tooMany.add(fileReport(id, F, TODAY));
        }
        post(Tokens.officer(), Map.of("actions", tooMany)).then().statusCode(400).body("errors.field", hasItem("actions"));
        post(Tokens.officer(), Map.of("actions", List.of(Map.of("type", "REGISTER", "count", 0, "kecamatanCode", "999999",
                "jenis", "JASA", "kelompok", "KUD")))).then().statusCode(400)
                .body("errors.field", hasItems("actions[0].count", "actions[0].kecamatanCode"));
        post(Tokens.officer(), Map.of("actions", List.of(fileReport(id, F, TODAY)), "what", "if")).then().statusCode(400);
        post(Tokens.officer(), Map.of("asOf", "0999-01-01", "actions", List.of(fileReport(id, F, TODAY)))).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));

        given().contentType(ContentType.JSON).body(Map.of("actions", List.of(fileReport(id, F, TODAY)))).when().post(SCENARIOS)
                .then().statusCode(401);
        post(Tokens.cooperative(UUID.fromString(id)), Map.of("actions", List.of(fileReport(id, F, TODAY)))).then().statusCode(403);
        post(Tokens.auditor(), Map.of("actions", List.of(fileReport(id, F, TODAY)))).then().statusCode(200)
                .body("asOf", equalTo(TODAY.toString())).body("cooperativesAffected", equalTo(1))
                .body("difference.active", equalTo(1)).body("difference.inactive", equalTo(-1));
    }

    /** Cooperatives founded 2008-2025 with random reports (meetings after their year, by today) and some open cases. */
    private List<Ours> registerSome(Random random, int count) {
        List<Ours> ours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = CooperativeMother.bonekaBekasi();
            body.put("kecamatanCode", KECAMATAN[random.nextInt(KECAMATAN.length)]);
            body.put("jenis", JENIS[1 + random.nextInt(JENIS.length - 1)]);
            body.put("kelompok", KELOMPOK[random.nextInt(KELOMPOK.length)]);
            LocalDate founded = LocalDate.of(2008 + random.nextInt(18), 1 + random.nextInt(12), 1 + random.nextInt(28));
            body.put("foundedOn", founded.toString());
            String id = register(body);
            for (int year = Math.max(founded.getYear(), F - 4); year <= F; year++) {
                if (random.nextInt(3) == 0) {
                    file(id, report(year, meetingAfter(random, year)));
                }
            }
            boolean inactive = given().when().get("/api/v1/cooperatives/" + id).then().extract().path("status").equals("INACTIVE");
            if (inactive && random.nextBoolean()) {
                given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(ReactivationCaseMother.reactivationCase())
                        .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases").then().statusCode(201);
            }
            ours.add(new Ours(id, founded));
        }
        return ours;
    }

    /** Reports, dissolutions and registrations the API would take, in an order it would take them. */
    private List<Map<String, Object>> randomActions(Random random, List<Ours> ours, int count) {
        List<Map<String, Object>> actions = new ArrayList<>();
        Set<String> dissolved = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Ours c = ours.get(random.nextInt(ours.size()));
            int kind = random.nextInt(10);
            if (kind < 6 && !dissolved.contains(c.id())) {
                int year = Math.max(c.founded().getYear(), F - 3 + random.nextInt(4));
                actions.add(fileReport(c.id(), year, meetingAfter(random, year)));
            } else if (kind < 8 && !dissolved.contains(c.id())) {
                dissolved.add(c.id());
                actions.add(dissolveAction(c.id(), c.founded().plusDays(random.nextInt((int) (TODAY.toEpochDay() - c.founded().toEpochDay()) + 1))));
            } else {
                Map<String, Object> add = new HashMap<>();
                add.put("type", "REGISTER");
                add.put("count", 1 + random.nextInt(3));
                add.put("kecamatanCode", KECAMATAN[random.nextInt(KECAMATAN.length)]);
                add.put("jenis", JENIS[random.nextInt(JENIS.length)]);
                add.put("kelompok", KELOMPOK[random.nextInt(KELOMPOK.length)]);
                add.put("foundedOn", LocalDate.of(2015, 1, 1).plusDays(random.nextInt((int) (TODAY.toEpochDay() - LocalDate.of(2015, 1, 1).toEpochDay()) + 1)).toString());
                actions.add(add);
            }
        }
        return actions;
    }

    /** The same actions through the register's own API. */
    private static void write(List<Map<String, Object>> actions) {
        for (Map<String, Object> action : actions) {
            switch ((String) action.get("type")) {
                case "FILE_REPORT" -> fileOrCorrect((String) action.get("cooperativeId"),
                        report((Integer) action.get("financialYear"), LocalDate.parse((String) action.get("meetingDate"))));
                case "DISSOLVE" -> dissolve((String) action.get("cooperativeId"), (String) action.get("dissolvedOn"));
                default -> {
                    for (int n = 0; n < (Integer) action.get("count"); n++) {
                        Map<String, Object> body = CooperativeMother.bonekaBekasi();
                        body.put("kecamatanCode", action.get("kecamatanCode"));
                        body.put("jenis", action.get("jenis"));
                        body.put("kelompok", action.get("kelompok"));
                        body.put("foundedOn", action.get("foundedOn"));
                        if ("SIMPAN_PINJAM".equals(action.get("jenis"))) {
                            body.put("savingsLoanScope", "CLOSED_LOOP");
                            body.put("kbliCode", "64141");
                        }
                        register(body);
                    }
                }
            }
        }
    }

    private static LocalDate meetingAfter(Random random, int year) {
        LocalDate first = LocalDate.of(year + 1, 1, 1);
        return first.plusDays(random.nextInt((int) (TODAY.toEpochDay() - first.toEpochDay()) + 1));
    }

    private static Map<String, Object> report(int year, LocalDate meeting) {
        Map<String, Object> report = AnnualReportMother.report(year);
        report.put("meetingDate", meeting.toString());
        return report;
    }

    private static Map<String, Object> fileReport(String id, int year, LocalDate meeting) {
        return Map.of("type", "FILE_REPORT", "cooperativeId", id, "financialYear", year, "meetingDate", meeting.toString());
    }

    private static Map<String, Object> dissolveAction(String id, LocalDate on) {
        return Map.of("type", "DISSOLVE", "cooperativeId", id, "dissolvedOn", on.toString());
    }

    private static io.restassured.response.Response post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(SCENARIOS);
    }

    private static JsonPath dashboard() {
        return given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
    }
}
