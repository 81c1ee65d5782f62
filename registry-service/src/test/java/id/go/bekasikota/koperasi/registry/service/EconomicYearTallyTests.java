package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.registry.domain.EconomicMeasure;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures.YearSums;
import id.go.bekasikota.koperasi.registry.support.EconomyMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.fileOrCorrect;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The economic trend's tally (V15), which every change of the reports keeps, against the reports
 * themselves: after filings, corrections and concurrent filings through the API, each year's sums
 * read from the tally equal the sums read from every held report ({@link EconomicFigures#summed}).
 * The tally is the whole register's, so the comparison covers every write the other tests made too.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class EconomicYearTallyTests {

    /** After every meeting any test holds: the tally answers for it. */
    private static final LocalDate LATER = LocalDate.of(2099, 12, 31);

    @Inject
    EconomicFigures figures;
    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;

    @Test
    void afterFilingsAndCorrectionsInAnyOrderTheTallyAddsUpAsTheReportsDo() {
        Random random = new Random(20261203);
        List<String> cooperatives = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cooperatives.add(register(EconomyMother.cooperative("Koperasi Tally " + i, "32750" + (i + 1), "KONSUMEN", "OTHER", "1930-01-02")));
        }
        // 40 filings of the 1930s in random order: later years before earlier ones, gaps, and corrections (a year filed again).
        for (int i = 0; i < 40; i++) {
            int year = 1931 + random.nextInt(6);
            fileOrCorrect(cooperatives.get(random.nextInt(cooperatives.size())), EconomyMother.report(year, (year + 1) + "-03-" + (10 + random.nextInt(18)),
                    random.nextInt(500), random.nextInt(500), random.nextInt(20), random.nextInt(1_000_000_000),
                    random.nextInt(1_000_000_000), 1 + random.nextInt(2_000_000_000), random.nextInt(2_000_000_000),
                    random.nextInt(200_000_000) - 100_000_000));
        }
        assertTallyAsReports();
    }

    @Test
    void twoFilingsOfOneCooperativeAtOnceCountItsGrowthOnce() throws Exception {
        int rounds = 8;
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                String id = register(EconomyMother.cooperative("Koperasi Serentak " + round, "327506", "JASA", "OTHER", "1940-01-02"));
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Void> first = CompletableFuture.runAsync(() -> fileWhenFree(id, 1941, together), two);
                CompletableFuture<Void> second = CompletableFuture.runAsync(() -> fileWhenFree(id, 1942, together), two);
                CompletableFuture.allOf(first, second).get();
            }
        } finally {
            two.shutdownNow();
        }
        // Every one of these cooperatives holds 1941 and 1942: each compares once (by hand: 8 x 10 men in 1942 against 8 x 7).
        YearSums y1942 = QuarkusTransaction.requiringNew().call(() -> year(figures.tallied(LATER, 1942, 1942).orElseThrow(), 1942));
        assertThat(y1942.comparable()).isEqualTo(rounds);
        assertThat(y1942.comparableThisYear().get(EconomicMeasure.MEMBERS_MALE)).isEqualTo(BigInteger.valueOf(rounds * 10L));
        assertThat(y1942.comparableYearBefore().get(EconomicMeasure.MEMBERS_MALE)).isEqualTo(BigInteger.valueOf(rounds * 7L));
        assertTallyAsReports();
    }

    @Test
    void theTallyIsWhatIsReadAndOnlyForDatesAfterEveryMeeting() throws Exception {
        String id = register(EconomyMother.cooperative("Koperasi Tally Tanggal", "327507", "JASA", "OTHER", "1920-01-02"));
        file(id, EconomyMother.report(1921, "1922-04-01", 10, 10, 1, 1, 1, 1, 1, 1));
        file(id, EconomyMother.report(1922, "1923-05-01", 12, 10, 1, 1, 1, 1, 1, 1));
        transaction.begin();
        try {
            // As of a date before 1922's meeting the tally does not answer (it counts that report).
            assertThat(figures.tallied(LocalDate.of(1923, 4, 30), 1922, 1922)).isEmpty();
            assertThat(figures.yearSums(LocalDate.of(1923, 4, 30), 1922, 1922)).extracting(YearSums::financialYear).containsExactly(1921);
            assertThat(figures.tallied(LocalDate.of(1923, 5, 1), 1922, 1922)).isPresent();
            // A tally moved by hand shows in what is read: the sums come from it, not from the reports.
            entityManager.createNativeQuery("update economic_year_tally set total = total + 5 where financial_year = 1922 and measure = 0 and lane = "
                    + "(select min(lane) from economic_year_tally where financial_year = 1922)").executeUpdate();
            YearSums tallied = year(figures.yearSums(LocalDate.of(1923, 5, 1), 1922, 1922), 1922);
            YearSums summed = year(figures.summed(LocalDate.of(1923, 5, 1), 1922, 1922), 1922);
            assertThat(tallied.totals().get(EconomicMeasure.MEMBERS_MALE)).isEqualTo(summed.totals().get(EconomicMeasure.MEMBERS_MALE).add(BigInteger.valueOf(5)));
        } finally {
            transaction.rollback();
        }
    }

    /** Files a report of the year once both threads are ready, again while the cooperative is busy with the other's filing. */
    private static void fileWhenFree(String id, int year, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> report = EconomyMother.report(year, (year + 1) + "-02-01", year == 1941 ? 7 : 10, 5, 1, 1, 1, 1, 1, 1);
        for (int attempt = 0; attempt < 20; attempt++) {
            int status = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report)
                    .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().extract().statusCode();
            if (status == 201) {
                return;
            }
            assertThat(status).as("a filing that met the other one's").isIn(409, 503);
        }
        throw new AssertionError("the report of " + year + " was never filed");
    }

    private void assertTallyAsReports() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<YearSums> tallied = figures.tallied(LATER, 1901, 2099).orElseThrow().stream()
                    .sorted(Comparator.comparingInt(YearSums::financialYear)).toList();
            List<YearSums> summed = figures.summed(LATER, 1901, 2099).stream()
                    .sorted(Comparator.comparingInt(YearSums::financialYear)).toList();
            assertThat(tallied).isNotEmpty().isEqualTo(summed);
        });
    }

    private static YearSums year(List<YearSums> years, int financialYear) {
        return years.stream().filter(y -> y.financialYear() == financialYear).findFirst().orElseThrow();
    }
}
