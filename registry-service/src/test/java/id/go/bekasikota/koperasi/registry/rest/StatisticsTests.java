package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import id.go.bekasikota.koperasi.registry.service.RegisterEvaluations;
import id.go.bekasikota.koperasi.registry.support.ActivationOracle;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The public activation dashboard through the API: counts move with the register, math and breakdowns hold. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class StatisticsTests {

    @Inject
    AdjustableClock clock;

    @Inject
    RegisterEvaluations evaluations;

    @Test
    void theDashboardIsPublicAndCountsANewDormantAndANewActiveCooperative() {
        JsonPath before = dashboard();
        Map<String, Object> dormant = CooperativeMother.bonekaBekasi();
        dormant.put("kecamatanCode", "327512");
        dormant.put("kelompok", "KUD");
        register(dormant);
        Map<String, Object> active = CooperativeMother.bonekaBekasi();
        active.put("kecamatanCode", "327512");
        active.put("kelompok", "KUD");
        file(register(active), AnnualReportMother.report(DueYear.asOf(LocalDate.now(clock))));
        JsonPath after = dashboard();

        assertThat(after.getLong("total.registered")).isEqualTo(before.getLong("total.registered") + 2);
        assertThat(after.getLong("total.active")).isEqualTo(before.getLong("total.active") + 1);
        assertThat(after.getLong("total.inactive")).isEqualTo(before.getLong("total.inactive") + 1);
        assertThat(after.getLong("total.dissolutionCandidates")).isEqualTo(before.getLong("total.dissolutionCandidates") + 1);
        assertThat(group(after, "byKecamatan", "327512", "registered")).isEqualTo(group(before, "byKecamatan", "327512", "registered") + 2);
        assertThat(group(after, "byKelompok", "KUD", "active")).isEqualTo(group(before, "byKelompok", "KUD", "active") + 1);
        assertThat(group(after, "byJenis", "PRODUSEN", "inactive")).isEqualTo(group(before, "byJenis", "PRODUSEN", "inactive") + 1);

        long registered = after.getLong("total.registered");
        long activeCount = after.getLong("total.active");
        assertThat(new BigDecimal(after.getString("total.ratio"))).isEqualByComparingTo(ActivationOracle.ratio(activeCount, registered));
        assertThat(after.getLong("total.gap")).isEqualTo(ActivationOracle.gap(activeCount, registered));
        assertThat(after.getLong("total.registered")).isEqualTo(after.getLong("total.active") + after.getLong("total.inactive"));
        long graded = after.getMap("total.grades").values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
        assertThat(graded).isEqualTo(registered);
        long sumOfKecamatan = after.getList("byKecamatan.figures.registered", Integer.class).stream().mapToLong(Integer::longValue).sum();
        assertThat(sumOfKecamatan).isEqualTo(registered);
    }

    @Test
    void theTestsOwnRatioAndGapAreThoseOfDesignMd() {
        // 617 of 950 (the office's figure): 0.649473... -> 0.6495; 65% of 950 is 617.5 -> 618 needed, 1 short.
        assertThat(ActivationOracle.ratio(617, 950)).isEqualTo(new BigDecimal("0.6495"));
        assertThat(ActivationOracle.gap(617, 950)).isEqualTo(1);
        assertThat(ActivationOracle.ratio(1, 32)).as("0.03125 rounds half up").isEqualTo(new BigDecimal("0.0313"));
        assertThat(ActivationOracle.gap(650, 1000)).isZero();
        assertThat(ActivationOracle.gap(0, 1)).isEqualTo(1);
        assertThat(ActivationOracle.ratio(0, 0)).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void theTrendRunsFromTrendFromToAsOf() {
        given().queryParam("asOf", "2026-07-01").queryParam("trendFrom", "2020")
                .when().get("/api/v1/statistics/activation")
                .then().statusCode(200)
                .body("asOf", equalTo("2026-07-01")).body("latestDueYear", equalTo(2025))
                .body("target", equalTo(0.65f))
                .body("byKecamatan", hasSize(12)).body("byKecamatan[6].name", equalTo("Bantargebang"))
                .body("byJenis", hasSize(5)).body("byKelompok", hasSize(5))
                // What a person reads beside the code: its Indonesian name, as the office's workbook writes it.
                .body("byJenis.find { it.key == 'SIMPAN_PINJAM' }.name", equalTo("Simpan pinjam"))
                .body("byKelompok.find { it.key == 'COMPANY_EMPLOYEES' }.name", equalTo("Karyawan perusahaan"))
                .body("trend", hasSize(7))
                .body("trend[0].year", equalTo(2020)).body("trend[0].asOf", equalTo("2020-12-31"))
                .body("trend[0].latestDueYear", equalTo(2019))
                .body("trend[6].asOf", equalTo("2026-07-01"));
        given().when().get("/api/v1/statistics/activation").then().statusCode(200)
                .body("trend", hasSize(5)).body("asOf", equalTo(LocalDate.now(clock).toString()));
    }

    /** The service's today is the run's clock: the real date, or the one {@code -Dkoperasi.test.clock} starts it at (noon). */
    @Test
    void todayIsTheDateTheRunsClockStartedAt() {
        String start = System.getProperty(AdjustableClock.START_PROPERTY);
        LocalDate expected = start == null || start.isBlank() ? LocalDate.now(OfficeTime.ZONE)
                : start.contains("T") ? Instant.parse(start).atZone(OfficeTime.ZONE).toLocalDate() : LocalDate.parse(start);
        given().when().get("/api/v1/statistics/activation").then().statusCode(200).body("asOf", equalTo(expected.toString()));
    }

    @Test
    void badDatesAndYearsAreNamed() {
        given().queryParam("asOf", "yesterday").when().get("/api/v1/statistics/activation")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "0999-01-01").when().get("/api/v1/statistics/activation")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("trendFrom", "1900").when().get("/api/v1/statistics/activation")
                .then().statusCode(400).body("errors[0].field", equalTo("trendFrom"));
        given().queryParam("trendFrom", LocalDate.now(clock).getYear() + 1).when().get("/api/v1/statistics/activation")
                .then().statusCode(400).body("errors[0].field", equalTo("trendFrom"));
    }

    @Test
    void countingTheWholeRegisterTakesATurnAndADashboardOfKeptDatesDoesNot() throws Exception {
        // Today's dates kept (the daily evaluation builds them; the tests' scheduler does not run).
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/statistics/standing-evaluations").then().statusCode(200);
        // Both of the public's turns taken: a third public count is told to come back, the office's is counted meanwhile.
        whileHeld(evaluations::evaluateForThePublic, () -> {
            // A day the tallies do not keep (a trend from 1997 too).
            given().queryParam("asOf", "2019-03-17").queryParam("trendFrom", 1997).when().get("/api/v1/statistics/activation")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unavailable"));
            // Today's dashboard (kept dates) is answered meanwhile.
            dashboard();
            given().auth().oauth2(Tokens.officer()).queryParam("asOf", "2019-03-18").when().get("/api/v1/statistics/activation")
                    .then().statusCode(200).body("asOf", equalTo("2019-03-18"));
        });
        // Both of the office's taken: the office is told to come back, the public is counted.
        whileHeld(evaluations::evaluate, () -> {
            given().auth().oauth2(Tokens.officer()).queryParam("asOf", "2019-03-19").when().get("/api/v1/statistics/activation")
                    .then().statusCode(503).header("Retry-After", "5");
            given().queryParam("asOf", "2019-03-19").when().get("/api/v1/statistics/activation")
                    .then().statusCode(200).body("asOf", equalTo("2019-03-19"));
        });
        // With the turns free again, the same request is counted.
        given().queryParam("asOf", "2019-03-17").queryParam("trendFrom", 1997).when().get("/api/v1/statistics/activation")
                .then().statusCode(200).body("asOf", equalTo("2019-03-17")).body("trend.size()", equalTo(2019 - 1997 + 1));
    }

    /** Takes every turn of one kind with counts that wait, runs {@code meanwhile}, then lets the counts finish. */
    private static void whileHeld(java.util.function.Function<java.util.function.Supplier<String>, String> turn, Runnable meanwhile)
            throws Exception {
        CountDownLatch holding = new CountDownLatch(RegisterEvaluations.AT_ONCE);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<String>> held = new ArrayList<>();
        for (int i = 0; i < RegisterEvaluations.AT_ONCE; i++) {
            held.add(CompletableFuture.supplyAsync(() -> turn.apply(() -> {
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "counted";
            })));
        }
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("both turns taken").isTrue();
            meanwhile.run();
        } finally {
            release.countDown();
        }
        for (CompletableFuture<String> count : held) {
            assertThat(count.get(30, TimeUnit.SECONDS)).isEqualTo("counted");
        }
    }

    private static JsonPath dashboard() {
        return given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
    }

    private static long group(JsonPath dashboard, String breakdown, String key, String figure) {
        return dashboard.getLong(breakdown + ".find { it.key == '" + key + "' }.figures." + figure);
    }
}
