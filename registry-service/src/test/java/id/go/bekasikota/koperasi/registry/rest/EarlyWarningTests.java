package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import id.go.bekasikota.koperasi.registry.service.ReportReminderService;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.dissolve;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * The early warning before 1 July: the at-risk list is exactly who becomes inactive on the switch,
 * and each report-due reminder is published once (two instances at once, and again after a restart).
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class EarlyWarningTests {

    /** 30 days before the switch: the 90- and 30-day reminders are due, the 7-day one not yet. */
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final LocalDate SWITCH = LocalDate.of(2027, 7, 1);
    private static final String AT_RISK = "/api/v1/statistics/activation/at-risk";

    @Inject
    AdjustableClock clock;
    @Inject
    ReportReminderService reminders;
    @Inject
    EntityManager entityManager;
    @Inject
    RegisterRevision revision;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    @AfterEach
    void backToToday() {
        clock.reset();
        evaluateStandings();
    }

    /** F is 2025 on 1 June 2027 and 2026 from 1 July 2027. */
    private record Register(String activeByAnOldReport, String activeByTheLatest, String newThisYear, String dormant, String dissolved) {
    }

    private Register registerOurs() {
        clock.today(TODAY);
        String old = register(CooperativeMother.limaGaruda());
        file(old, AnnualReportMother.report(2023));
        file(old, AnnualReportMother.report(2024));
        String latest = register(CooperativeMother.limaGaruda());
        file(latest, AnnualReportMother.report(2025));
        Map<String, Object> young = CooperativeMother.bonekaBekasi();
        young.put("foundedOn", "2026-03-01");
        String fresh = register(young);
        String dormant = register(CooperativeMother.bonekaBekasi());
        file(dormant, AnnualReportMother.report(2022));
        String dissolved = register(CooperativeMother.bonekaBekasi());
        file(dissolved, AnnualReportMother.report(2024));
        dissolve(dissolved, "2027-05-01");
        return new Register(old, latest, fresh, dormant, dissolved);
    }

    @Test
    void onTheSwitchDateExactlyTheAtRiskListBecameInactiveAndTheRatioIsTheOneForeseen() {
        Register ours = registerOurs();
        evaluateStandings();
        List<Map<String, Object>> atRisk = atRisk();
        JsonPath figures = given().auth().oauth2(Tokens.auditor()).when().get(AT_RISK).then().statusCode(200).extract().jsonPath();
        assertThat(figures.getString("switchOn")).isEqualTo(SWITCH.toString());
        assertThat(figures.getInt("latestDueYear")).isEqualTo(2025);
        assertThat(figures.getInt("latestDueYearOnSwitch")).isEqualTo(2026);
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        atRisk.forEach(item -> byId.put((String) item.get("cooperativeId"), item));
        assertThat(byId).containsKeys(ours.activeByAnOldReport(), ours.newThisYear())
                .doesNotContainKeys(ours.activeByTheLatest(), ours.dormant(), ours.dissolved());
        // 2026 has closed by 1 June 2027: its meeting, held January-June 2027, is the one that keeps them active.
        assertThat(byId.get(ours.activeByAnOldReport()).get("step"))
                .isEqualTo(Map.of("financialYear", 2026, "meetingFrom", "2027-01-01", "meetingBy", SWITCH.toString()));
        assertThat(byId.get(ours.activeByAnOldReport())).containsEntry("latestReportYear", 2024);
        assertThat(byId.get(ours.newThisYear())).doesNotContainKey("latestReportYear");

        clock.today(SWITCH);
        evaluateStandings();
        Set<String> becameInactive = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select aggregate_id from outbox_event
                        where event_type = :type and payload ->> 'asOf' = :switchOn
                          and payload ->> 'previousStatus' = 'ACTIVE' and payload ->> 'status' = 'INACTIVE'""", String.class)
                .setParameter("type", EventTypes.COOPERATIVE_STATUS_CHANGED)
                .setParameter("switchOn", SWITCH.toString())
                .getResultList()));
        assertThat(becameInactive).isEqualTo(byId.keySet());
        for (String id : List.of(ours.activeByAnOldReport(), ours.newThisYear())) {
            given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("INACTIVE"));
        }
        JsonPath dashboard = given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getString("asOf")).isEqualTo(SWITCH.toString());
        assertThat(dashboard.getLong("total.registered")).isEqualTo(figures.getLong("registeredOnSwitch"));
        assertThat(dashboard.getLong("total.active")).isEqualTo(figures.getLong("activeOnSwitch"));
        assertThat(new BigDecimal(dashboard.getString("total.ratio"))).isEqualByComparingTo(figures.getString("ratioOnSwitch"));
        assertThat(dashboard.getLong("total.gap")).isEqualTo(figures.getLong("gapOnSwitch"));
    }

    @Test
    void eachReminderIsPublishedOnceByTwoInstancesAtOnceAndAgainAfterARestart() throws Exception {
        Register ours = registerOurs();
        Set<String> atRisk = new HashSet<>(atRisk().stream().map(item -> (String) item.get("cooperativeId")).toList());
        assertThat(atRisk).contains(ours.activeByAnOldReport(), ours.newThisYear());

        // Two instances of the daily job at the same moment against the same database.
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ReportReminderService.Run>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return reminders.publishDue();
            }));
        }
        start.countDown();
        ReportReminderService.Run first = instances.get(0).get(2, TimeUnit.MINUTES);
        ReportReminderService.Run second = instances.get(1).get(2, TimeUnit.MINUTES);
        assertThat(first.dueLeadDays()).containsExactly(30, 90);
        assertThat(first.published() + second.published()).isEqualTo(2 * atRisk.size());
        assertThat(reminderRows()).isEqualTo(2L * atRisk.size());
        assertThat(reminderEvents()).hasSize(2 * atRisk.size()).doesNotHaveDuplicates();

        // After a restart the job runs again the same day: nothing is published twice.
        assertThat(reminders.publishDue().published()).isZero();
        assertThat(reminderEvents()).hasSize(2 * atRisk.size());

        try (EventLog log = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.REGISTRY_REMINDER)) {
            EventLog.Event due = log.await(e -> EventTypes.REPORT_DUE.equals(e.type()) && ours.activeByAnOldReport().equals(e.subject())
                    && JsonPath.from(e.value()).getInt("leadDays") == 30);
            JsonPath data = JsonPath.from(due.value());
            assertThat(due.key()).isEqualTo(ours.activeByAnOldReport());
            assertThat(data.getString("switchOn")).isEqualTo(SWITCH.toString());
            assertThat(data.getInt("reportYear")).isEqualTo(2026);
            assertThat(data.getString("meetingFrom")).isEqualTo("2027-01-01");
            assertThat(data.getString("remindedOn")).isEqualTo(TODAY.toString());
            assertThat(data.getInt("daysLeft")).isEqualTo(30);
            assertThat(data.getString("name")).isEqualTo("Koperasi Lima Garuda");
        }

        // A week before the switch the 7-day reminder follows, once.
        clock.today(SWITCH.minusDays(7));
        int atRiskThen = atRisk().size();
        ReportReminderService.Run week = reminders.publishDue();
        assertThat(week.dueLeadDays()).containsExactly(7, 30, 90);
        assertThat(countFor(7)).isEqualTo(atRiskThen);
        assertThat(reminders.publishDue().published()).isZero();
    }

    @Test
    void afterAWriteTheKeptListTakesItInAsReadingTheWholeRegisterAgainWould() {
        clock.today(TODAY);
        evaluateStandings();
        // A write, then no note of any write before it: the first list is read in full (rows other tests wrote around the service included).
        register(CooperativeMother.bonekaBekasi());
        revision.prune(Duration.ZERO);
        double full = computations("full");
        Expected expected = new Expected(atRisk(), figures());
        assertThat(computations("full")).isEqualTo(full + 1);
        double takenIn = computations("taken_in");

        // Reports 2023 and 2024: ACTIVE today (F 2025), INACTIVE on the switch (F 2026): it joins the list.
        String old = register(CooperativeMother.limaGaruda());
        file(old, AnnualReportMother.report(2023));
        file(old, AnnualReportMother.report(2024));
        expected.joins(old, 1, 0);
        expected.check(atRisk(), figures());
        // A report for 2025: ACTIVE on the switch too; never on the list.
        String latest = register(CooperativeMother.limaGaruda());
        file(latest, AnnualReportMother.report(2025));
        expected.figures(1, 1);
        expected.check(atRisk(), figures());
        // The old one files for 2025: it leaves the list, one more ACTIVE on the switch.
        file(old, AnnualReportMother.report(2025));
        expected.leaves(old, 0, 1);
        expected.check(atRisk(), figures());
        // Founded in 2026: new today, not new on the switch and without a report: it joins.
        Map<String, Object> young = CooperativeMother.bonekaBekasi();
        young.put("foundedOn", "2026-03-01");
        String fresh = register(young);
        expected.joins(fresh, 1, 0);
        expected.check(atRisk(), figures());
        // Dissolved before the switch: it leaves, and is no longer registered then.
        dissolve(fresh, "2027-05-01");
        expected.leaves(fresh, -1, 0);
        expected.check(atRisk(), figures());
        assertThat(computations("taken_in") - takenIn).isEqualTo(5);
        assertThat(computations("full")).isEqualTo(full + 1);

        // A write whose note is gone before the next request: the list is read again in full, as right.
        String another = register(CooperativeMother.limaGaruda());
        file(another, AnnualReportMother.report(2024));
        expected.joins(another, 1, 0);
        revision.prune(Duration.ZERO);
        expected.check(atRisk(), figures());
        assertThat(computations("full")).isEqualTo(full + 2);
    }

    /**
     * The early warning the test expects: the list and figures first served, with the changes the
     * test's own writes make to them; served in the documented order, by number (none last) then id.
     */
    private static final class Expected {
        private final Map<String, String> numbers = new HashMap<>();
        private long registeredOnSwitch;
        private long activeOnSwitch;

        Expected(List<Map<String, Object>> served, JsonPath figures) {
            served.forEach(item -> numbers.put((String) item.get("cooperativeId"), (String) item.get("cooperativeNumber")));
            registeredOnSwitch = figures.getLong("registeredOnSwitch");
            activeOnSwitch = figures.getLong("activeOnSwitch");
            check(served, figures);
        }

        void joins(String id, long registered, long active) {
            numbers.put(id, given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200).extract().path("cooperativeNumber"));
            figures(registered, active);
        }

        void leaves(String id, long registered, long active) {
            assertThat(numbers.remove(id)).as("%s was on the list", id).isNotNull();
            figures(registered, active);
        }

        void figures(long registered, long active) {
            registeredOnSwitch += registered;
            activeOnSwitch += active;
        }

        void check(List<Map<String, Object>> served, JsonPath figures) {
            Comparator<String> documented = Comparator.comparing((String id) -> numbers.get(id), Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparing(Comparator.<String>naturalOrder());
            assertThat(served.stream().map(item -> (String) item.get("cooperativeId")).toList())
                    .containsExactlyElementsOf(numbers.keySet().stream().sorted(documented).toList());
            assertThat(figures.getLong("atRisk")).isEqualTo(numbers.size());
            assertThat(figures.getLong("registeredOnSwitch")).isEqualTo(registeredOnSwitch);
            assertThat(figures.getLong("activeOnSwitch")).isEqualTo(activeOnSwitch);
        }
    }

    private static JsonPath figures() {
        return given().auth().oauth2(Tokens.auditor()).queryParam("size", 1).when().get(AT_RISK).then().statusCode(200).extract().jsonPath();
    }

    /** The registry's count of early warning lists computed that way, from its metrics. */
    private double computations(String way) {
        String metrics = given().when().get(metricsUrl).then().statusCode(200).extract().asString();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                "(?m)^koperasi_at_risk_computations_total\\{[^}]*way=\"" + way + "\"[^}]*} ([0-9.eE+]+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void aScopesEarlyWarningIsTheWholeListsCooperativesOfTheScopeAndItsFiguresAreTheScopesOnTheSwitch() {
        // Lima Garuda: Bekasi Timur (327501), SIMPAN_PINJAM; Boneka Bekasi: Bantargebang (327507), PRODUSEN; both COMMUNITY.
        Register ours = registerOurs();
        evaluateStandings();
        List<Map<String, Object>> whole = atRisk();
        List<String> timur = ids(atRisk(Map.of("kecamatanCode", "327501")));
        assertThat(timur).contains(ours.activeByAnOldReport()).doesNotContain(ours.newThisYear());
        assertThat(timur).isEqualTo(ids(whole.stream().filter(item -> "327501".equals(item.get("kecamatanCode"))).toList()));
        List<String> producers = ids(atRisk(Map.of("kecamatanCode", "327507", "jenis", "PRODUSEN", "kelompok", "COMMUNITY")));
        assertThat(producers).contains(ours.newThisYear()).doesNotContain(ours.activeByAnOldReport());
        assertThat(producers).isEqualTo(ids(whole.stream().filter(item -> "327507".equals(item.get("kecamatanCode"))
                && "PRODUSEN".equals(item.get("jenis")) && "COMMUNITY".equals(item.get("kelompok"))).toList()));
        JsonPath foreseen = given().auth().oauth2(Tokens.auditor()).queryParam("kecamatanCode", "327501").queryParam("size", 1)
                .when().get(AT_RISK).then().statusCode(200).extract().jsonPath();
        assertThat(foreseen.getMap("scope")).isEqualTo(Map.of("kecamatanCode", "327501"));
        assertThat(foreseen.getLong("atRisk")).isEqualTo(timur.size());
        assertThat(figures().getMap("scope")).isEmpty();

        // On the switch date the dashboard's row of Bekasi Timur is what the kecamatan's early warning foresaw.
        clock.today(SWITCH);
        evaluateStandings();
        JsonPath dashboard = given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getLong("byKecamatan.find { it.key == '327501' }.figures.registered")).isEqualTo(foreseen.getLong("registeredOnSwitch"));
        assertThat(dashboard.getLong("byKecamatan.find { it.key == '327501' }.figures.active")).isEqualTo(foreseen.getLong("activeOnSwitch"));
        assertThat(dashboard.getLong("byKecamatan.find { it.key == '327501' }.figures.gap")).isEqualTo(foreseen.getLong("gapOnSwitch"));
    }

    @Test
    void everyParameterAtFaultIsNamedAtOnce() {
        given().auth().oauth2(Tokens.officer()).queryParam("switchOn", "1 July").queryParam("kecamatanCode", "327599")
                .queryParam("jenis", "BANK").queryParam("kelompok", "x").queryParam("size", 101).when().get(AT_RISK)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.equalTo(List.of("size", "switchOn", "kecamatanCode", "jenis", "kelompok")));
        given().auth().oauth2(Tokens.officer()).queryParam("asOf", "tomorrow").queryParam("kecamatanCode", "327599")
                .queryParam("jenis", "BANK").queryParam("page", 0).when().get("/api/v1/statistics/activation/worklist")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.equalTo(List.of("page", "asOf", "kecamatanCode", "jenis")));
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("cooperativeId")).toList();
    }

    @Test
    void theSwitchDateIsAfterTodayAndTheListIsForOfficersAndAuditors() {
        given().auth().oauth2(Tokens.officer()).queryParam("switchOn", LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString())
                .when().get(AT_RISK).then().statusCode(400).body("errors.field", hasItem("switchOn"));
        given().auth().oauth2(Tokens.officer()).queryParam("switchOn", "1 July").when().get(AT_RISK)
                .then().statusCode(400).body("errors.field", hasItem("switchOn"));
        given().when().get(AT_RISK).then().statusCode(401);
        given().auth().oauth2(Tokens.partner("bank-bjb")).when().get(AT_RISK).then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).queryParam("switchOn", "2040-07-01").when().get(AT_RISK).then().statusCode(200)
                .body("latestDueYearOnSwitch", org.hamcrest.Matchers.equalTo(2039));
    }

    private static void evaluateStandings() {
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(200);
    }

    private static List<Map<String, Object>> atRisk() {
        return atRisk(Map.of());
    }

    /** Every page of the list with these parameters (a scope). */
    private static List<Map<String, Object>> atRisk(Map<String, String> parameters) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath answer = given().auth().oauth2(Tokens.officer()).queryParams(parameters).queryParam("page", page).queryParam("size", 100)
                    .when().get(AT_RISK).then().statusCode(200).extract().jsonPath();
            items.addAll(answer.getList("items"));
            assertThat(answer.getLong("atRisk")).isEqualTo(answer.getLong("page.totalItems"));
            if (page >= answer.getInt("page.totalPages")) {
                return items;
            }
        }
    }

    private long reminderRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from report_reminder where switch_on = :switchOn").setParameter("switchOn", SWITCH).getSingleResult()).longValue());
    }

    private long countFor(int lead) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from report_reminder where switch_on = :switchOn and lead_days = :lead")
                .setParameter("switchOn", SWITCH).setParameter("lead", lead).getSingleResult()).longValue());
    }

    /** The outbox's report-due events for the switch, as "cooperative/lead time". */
    @SuppressWarnings("unchecked")
    private List<String> reminderEvents() {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager.createNativeQuery("""
                        select aggregate_id || '/' || (payload ->> 'leadDays') from outbox_event
                        where event_type = :type and payload ->> 'switchOn' = :switchOn""")
                .setParameter("type", EventTypes.REPORT_DUE).setParameter("switchOn", SWITCH.toString()).getResultList());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
