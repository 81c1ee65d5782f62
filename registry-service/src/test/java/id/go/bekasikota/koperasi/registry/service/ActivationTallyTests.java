package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.ReactivationCaseMother;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.etag;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept activation figures ({@link ActivationTallies}) after random writes of every kind
 * through the API are exactly what the rules count when the dates are built again from scratch,
 * and the dashboard read from them equals the dashboard evaluated by the rules. Each dashboard
 * compared here is computed afresh (never the instance's cached one), and each test shows which
 * path it read: a tally changed by hand shows in the kept path and not in the rules path.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ActivationTallyTests {

    private static final String[] KECAMATAN = {"327501", "327502", "327503", "327504", "327505", "327506", "327507",
            "327508", "327509", "327510", "327511", "327512"};

    /** The writes that can move a figure. */
    private enum Write { REGISTER, REPORT, CORRECTION, MOVE, REFOUND, REACTIVATION, DISSOLUTION, IMPORT }

    @Inject
    ActivationTallies tallies;
    @Inject
    ActivationService activation;
    @Inject
    Today clock;
    @Inject
    EntityManager entityManager;
    @Inject
    UserTransaction transaction;

    @Test
    void randomWritesOfEveryKindKeepTheFiguresTheRulesCount() throws Exception {
        LocalDate today = clock.date();
        // Other tests write rows around the service: start from figures built by the rules.
        assertThat(tallies.keep(today, true)).containsExactlyElementsOf(ActivationTallies.datesFor(today));
        Random random = new Random(20261129L);
        List<String> ids = new ArrayList<>();
        Map<Write, Integer> applied = new EnumMap<>(Write.class);
        for (int step = 0; step < 120; step++) {
            Write write = ids.size() < 5 ? Write.REGISTER : Write.values()[random.nextInt(Write.values().length)];
            String id = ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
            int status = switch (write) {
                case REGISTER -> {
                    ids.add(register(cooperative(random, today)));
                    yield 201;
                }
                case REPORT, CORRECTION -> {
                    int year = today.getYear() - 1 - random.nextInt(5);
                    LocalDate meeting = LocalDate.of(year + 1, 1, 1).plusDays(random.nextInt(500));
                    Map<String, Object> report = AnnualReportMother.report(year);
                    report.put("meetingDate", (meeting.isAfter(today) ? today : meeting).toString());
                    io.restassured.response.Response filed = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                            .body(report).when().post("/api/v1/cooperatives/" + id + "/annual-reports");
                    int answer = filed.statusCode();
                    if (write == Write.CORRECTION && answer == 201) {
                        report.put("meetingDate", LocalDate.of(year + 1, 12, 31).isAfter(today) ? today.toString() : (year + 1) + "-12-31");
                        answer = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", filed.header("ETag"))
                                .body(report).when().put("/api/v1/cooperatives/" + id + "/annual-reports/" + year).then().extract().statusCode();
                    }
                    yield answer;
                }
                case MOVE -> {
                    Map<String, Object> changes = new HashMap<>();
                    changes.put("kecamatanCode", KECAMATAN[random.nextInt(KECAMATAN.length)]);
                    changes.put("jenis", Jenis.values()[1 + random.nextInt(Jenis.values().length - 1)].name());
                    changes.put("savingsLoanScope", null);
                    changes.put("kelompok", Kelompok.values()[random.nextInt(Kelompok.values().length)].name());
                    yield patch(id, changes);
                }
                case REFOUND -> patch(id, Map.of("foundedOn", founding(random, today).toString()));
                case REACTIVATION -> given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                        .body(ReactivationCaseMother.reactivationCase())
                        .when().post("/api/v1/cooperatives/" + id + "/reactivation-cases").then().extract().statusCode();
                case DISSOLUTION -> given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(id))
                        .body(Map.of("dissolvedOn", today.minusDays(random.nextInt(400)).toString(), "legalBasis", "Keputusan No. " + step))
                        .when().post("/api/v1/cooperatives/" + id + "/dissolution").then().extract().statusCode();
                case IMPORT -> importRows(random, today);
            };
            assertThat(status).as("%s answered", write).isIn(200, 201, 400, 409);
            if (status == 200 || status == 201) {
                applied.merge(write, 1, Integer::sum);
            }
        }
        assertThat(applied.keySet()).as("every kind of write applied at least once").containsExactlyInAnyOrder(Write.values());

        List<String> kept = tallyRows();
        tallies.keep(today, true);
        assertThat(kept).as("the figures kept by the writes are those the rules count").isEqualTo(tallyRows());

        int trendFrom = today.getYear() - 4;
        ActivationDashboard fromTallies = fresh(today, trendFrom, "");
        assertThat(fromTallies.total().registered()).isPositive();
        assertThat(fresh(today, trendFrom, "delete from activation_tally_date")).as("the dashboard by the rules").isEqualTo(fromTallies);
    }

    @Test
    void aDateNoLongerKeptIsCountedByTheRulesAndGivesWhatItsTalliesGave() throws Exception {
        LocalDate today = clock.date();
        // At least one ACTIVE cooperative: a report for the latest due year.
        file(register(CooperativeMother.bonekaBekasi()), AnnualReportMother.report(DueYear.asOf(today)));
        tallies.keep(today, true);
        int trendFrom = today.getYear() - 4;
        ActivationDashboard kept = fresh(today, trendFrom, "");
        assertThat(kept.total().registered()).isPositive();
        // It was read from the tallies: one more cooperative written into a kept cell by hand shows.
        assertThat(fresh(today, trendFrom, "update activation_tally set cooperatives = cooperatives + 1 where ctid ="
                + " (select ctid from activation_tally where as_of = :today and status = 'ACTIVE' limit 1)")
                .total().active()).isEqualTo(kept.total().active() + 1);

        LocalDate nextYear = LocalDate.of(today.getYear() + 1, 1, 2);
        List<LocalDate> built = tallies.keep(nextYear, false);
        assertThat(built).as("only the missing dates are built").containsExactly(nextYear, LocalDate.of(today.getYear() + 1, 12, 31));
        assertThat(QuarkusTransaction.requiringNew().call(tallies::keptDates)).containsExactlyElementsOf(ActivationTallies.datesFor(nextYear))
                .doesNotContain(today);
        assertThat(tallyRows(today)).as("no tally of today is left").isZero();
        // Today is no longer kept: its figures come from the rules over the whole register, and are the same.
        ActivationDashboard byRules = fresh(today, trendFrom, "");
        assertThat(byRules).isEqualTo(kept);
        assertThat(fresh(today, trendFrom, "update activation_tally set cooperatives = cooperatives + 1 where as_of = :today"))
                .as("no tally is read for a date no longer kept").isEqualTo(kept);

        tallies.keep(today, false);
        assertThat(QuarkusTransaction.requiringNew().call(tallies::keptDates)).containsExactlyElementsOf(ActivationTallies.datesFor(today));
        assertThat(fresh(today, trendFrom, "")).isEqualTo(kept);
    }

    /**
     * Writes at once on the same cells, while a date is built again: each write waits only for the
     * writes of its lane, none deadlocks (PostgreSQL would abort
     * one: a 500), and the figures they leave are still exactly what the rules count. The revision
     * moved once per write that changed something: every new cooperative and every filed report.
     */
    @Test
    void concurrentWritesOfTheSameCellsWhileADateIsBuiltKeepTheFiguresTheRulesCount() throws Exception {
        LocalDate today = clock.date();
        tallies.keep(today, true);
        long revisionBefore = revision();
        int writers = 6;
        int cooperativesEach = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers + 1);
        try {
            List<java.util.concurrent.Future<List<Integer>>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                writes.add(pool.submit(() -> {
                    List<Integer> answers = new ArrayList<>();
                    for (int i = 0; i < cooperativesEach; i++) {
                        // The same kecamatan, jenis and kelompok for all: every write moves the same cells.
                        Map<String, Object> body = CooperativeMother.bonekaBekasi();
                        body.put("kecamatanCode", KECAMATAN[0]);
                        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
                        answers.add(201);
                        answers.add(given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                                .body(AnnualReportMother.report(DueYear.asOf(today)))
                                .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().extract().statusCode());
                    }
                    return answers;
                }));
            }
            java.util.concurrent.Future<List<LocalDate>> rebuild = pool.submit(() -> tallies.keep(today, true));
            List<Integer> answers = new ArrayList<>();
            for (java.util.concurrent.Future<List<Integer>> write : writes) {
                answers.addAll(write.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            assertThat(rebuild.get(2, java.util.concurrent.TimeUnit.MINUTES)).containsExactlyElementsOf(ActivationTallies.datesFor(today));
            assertThat(answers).as("every registration and filing applied").hasSize(2 * writers * cooperativesEach).containsOnly(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(revision() - revisionBefore).as("one revision per write").isEqualTo(2L * writers * cooperativesEach);

        List<String> kept = tallyRows();
        tallies.keep(today, true);
        assertThat(kept).as("the figures kept by concurrent writes are those the rules count").isEqualTo(tallyRows());
    }

    private long revision() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select sum(revision) from register_revision").getSingleResult()).longValue());
    }

    /**
     * The dashboard computed afresh, after an optional statement, in a transaction rolled back. The
     * transaction has an id of its own, so the dashboard neither comes from nor goes to the instance's
     * cache ({@link ActivationService#dashboard}).
     */
    private ActivationDashboard fresh(LocalDate asOf, int trendFrom, String statement) throws Exception {
        transaction.begin();
        try {
            entityManager.createNativeQuery("select txid_current()").getSingleResult();
            if (!statement.isEmpty()) {
                var query = entityManager.createNativeQuery(statement);
                if (statement.contains(":today")) {
                    query.setParameter("today", asOf);
                }
                query.executeUpdate();
            }
            return activation.dashboard(asOf, trendFrom);
        } finally {
            transaction.rollback();
        }
    }

    private long tallyRows(LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from activation_tally where as_of = :asOf").setParameter("asOf", asOf)
                .getSingleResult()).longValue());
    }

    private static Map<String, Object> cooperative(Random random, LocalDate today) {
        Map<String, Object> body = CooperativeMother.bonekaBekasi();
        body.put("kecamatanCode", KECAMATAN[random.nextInt(KECAMATAN.length)]);
        Jenis jenis = Jenis.values()[random.nextInt(Jenis.values().length)];
        body.put("jenis", jenis.name());
        body.put("savingsLoanScope", jenis == Jenis.SIMPAN_PINJAM ? "CLOSED_LOOP" : null);
        body.put("kelompok", Kelompok.values()[random.nextInt(Kelompok.values().length)].name());
        body.put("foundedOn", founding(random, today).toString());
        return body;
    }

    /** Mostly long ago, some within the last three years (C1, new), a few on 1 January or 31 December. */
    private static LocalDate founding(Random random, LocalDate today) {
        return switch (random.nextInt(5)) {
            case 0 -> today.minusDays(random.nextInt(3 * 365));
            case 1 -> random.nextBoolean() ? LocalDate.of(today.getYear() - random.nextInt(6), 1, 1)
                    : LocalDate.of(today.getYear() - 1 - random.nextInt(5), 12, 31);
            default -> LocalDate.of(2000, 1, 1).plusDays(random.nextInt(8000));
        };
    }

    private static int patch(String id, Map<String, Object> changes) {
        return given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(changes).when().patch("/api/v1/cooperatives/" + id).then().extract().statusCode();
    }

    /** Three new cooperatives, one of them imported again with another kecamatan and founding date. */
    private static int importRows(Random random, LocalDate today) {
        List<String> numbers = List.of(CooperativeNumbers.unique(), CooperativeNumbers.unique(), CooperativeNumbers.unique());
        String first = String.join("\n", CooperativeImportMother.HEADER,
                CooperativeImportMother.row(numbers.get(0), "Koperasi Impor Satu"),
                CooperativeImportMother.row(numbers.get(1), "Koperasi Impor Dua"),
                CooperativeImportMother.row(numbers.get(2), "Koperasi Impor Tiga")) + "\n";
        int answer = importCsv(first);
        if (answer != 201) {
            return answer;
        }
        String again = String.join("\n", CooperativeImportMother.HEADER,
                CooperativeImportMother.row(numbers.get(1), "Koperasi Impor Dua")
                        .replace(",327507,", "," + KECAMATAN[random.nextInt(KECAMATAN.length)] + ",")
                        .replace("2004-02-17", founding(random, today).toString())) + "\n";
        return importCsv(again);
    }

    private static int importCsv(String csv) {
        return given().auth().oauth2(Tokens.officer()).contentType("text/csv").queryParam("mode", "ALL_OR_NOTHING").body(csv)
                .when().post("/api/v1/cooperative-imports").then().extract().statusCode();
    }

    @SuppressWarnings("unchecked")
    private List<String> tallyRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery("""
                        select as_of, kecamatan_code, jenis, kelompok, status, grade, under_reactivation, sum(cooperatives)
                        from activation_tally group by 1, 2, 3, 4, 5, 6, 7 having sum(cooperatives) <> 0
                        order by 1, 2, 3, 4, 5, 6, 7""").getResultList())
                .stream().map(java.util.Arrays::toString).toList());
    }
}
