package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 19: a service's projection of the register, corrupted behind its back (rows deleted and
 * altered through SQL), is rebuilt by an operator through the gateway while clients keep reading
 * it through the gateway and officers keep writing to the registry; afterwards it equals the
 * registry row for row, and no read failed.
 */
@ExtendWith(SuiteExtension.class)
class ProjectionRebuildIT {

    /** The live consumer takes it shared with every event; the rebuild's switch exclusively ("REBUILD"). */
    private static final long REBUILD_LOCK = 0x52454255494C44L;
    private static final int COOPERATIVES = 120;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"financing", "awards"})
    void aCorruptedProjectionIsRebuiltWhileReadsAndRegistryWritesGoOn(String service, LocalSuite suite) throws Exception {
        String registry = suite.service("registry").url();
        String tag = "rebuild-" + service + "-" + UUID.randomUUID().toString().substring(0, 8);
        int f = latestDueYear(OfficeClockStart.today());
        RegistryLoad writes = new RegistryLoad();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < COOPERATIVES; i++) {
            UUID id = writes.register(registry, tag);
            assertThat(id).isNotNull();
            assertThat(writes.fileReport(registry, id, f - 1 - i % 2)).isTrue();
            ids.add(id);
        }
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> differences(suite, service, tag).isEmpty());

        // Corrupted behind the consumer's back: 15 rows deleted, 15 altered.
        List<UUID> deleted = ids.subList(0, 15);
        List<UUID> altered = ids.subList(15, 30);
        execute(suite, service, "delete from cooperative_projection where id in (" + quoted(deleted) + ")");
        execute(suite, service, "update cooperative_projection set name = 'RUSAK', version = 0, kecamatan_code = '327512', "
                + "annual_reports = '[]' where id in (" + quoted(altered) + ")");
        assertThat(differences(suite, service, tag)).hasSize(30);

        Reads reads = new Reads(service, program(service, f), ids.subList(15, COOPERATIVES));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        writer.execute(() -> {
            int round = 0;
            while (writing.get()) {
                if (round++ % 2 == 0) {
                    writes.register(registry, tag);
                } else {
                    UUID id = ids.get(30 + ThreadLocalRandom.current().nextInt(COOPERATIVES - 30));
                    writes.fileReport(registry, id, f - 2 - ThreadLocalRandom.current().nextInt(3));
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        });
        String path = "/api/v1/admin/" + service + "/projections/registry/rebuilds";
        String location;
        try {
            reads.start();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reads.succeeded.get() >= 20);
            try (Connection holder = connect(suite, service)) {
                // Held shared as an event in flight holds it: the switch waits, the rebuild stays running.
                lock(holder, "select pg_advisory_lock_shared(?)");
                location = given().auth().oauth2(Tokens.officer()).when().post(path)
                        .then().statusCode(202).body("state", equalTo("REPLAYING_SNAPSHOTS")).extract().header("Location");
                // The address the caller used, port included (a client that does not fill in the port follows it as is).
                assertThat(location).startsWith(suite.gatewayUrl() + path + "/");
                awaitState(location, "SWITCHING");
                given().auth().oauth2(Tokens.officer()).when().post(path).then().statusCode(409);
                String metrics = given().baseUri(suite.service(service).managementUrl()).when().get("/q/metrics").then().statusCode(200)
                        .extract().asString();
                assertThat(metrics.lines()).anyMatch(l -> l.startsWith("koperasi_projection_rebuild_running{") && l.endsWith(" 1.0"));
                assertThat(metrics.lines()).anyMatch(l -> l.startsWith("koperasi_projection_rebuild_events_applied{")
                        && !l.endsWith(" 0.0"));
                // The old table answers until the switch: the deleted rows are still missing, and reads go on.
                assertThat(Reconciliation.ids(suite, service, "select id from cooperative_projection where name like ?", tag + "-%"))
                        .doesNotContainAnyElementsOf(deleted);
                long held = reads.succeeded.get();
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reads.succeeded.get() >= held + 10);
                lock(holder, "select pg_advisory_unlock_shared(?)");
            }
            awaitState(location, "COMPLETED");
            long atSwitch = reads.succeeded.get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reads.succeeded.get() >= atSwitch + 20);
        } finally {
            writing.set(false);
            writer.shutdown();
            assertThat(writer.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            reads.stop();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Reconciliation.strings(suite, "registry",
                "select o.id::text from outbox_event o join cooperative c on o.aggregate_id = c.id::text "
                        + "where c.name like ? and o.published_at is null", tag + "-%").isEmpty());
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> differences(suite, service, null).isEmpty());

        assertThat(reads.failures).as("reads that failed during the rebuild").isEmpty();
        assertThat(writes.failureStatuses).isEmpty();
        assertThat(writes.connectionFailures.get()).isZero();
        Response done = given().auth().oauth2(Tokens.auditor()).when().get(location);
        done.then().statusCode(200).body("failure", equalTo(null)).body("requestedBy", equalTo("officer@dev"));
        assertThat(done.jsonPath().getLong("eventsApplied")).isGreaterThanOrEqualTo(COOPERATIVES);
        assertThat(done.jsonPath().getLong("rows")).isGreaterThanOrEqualTo(COOPERATIVES);
    }

    /**
     * The registry's cooperatives (of the tag, or all) whose row differs from the projection's:
     * version, number, name, type, form, group, KBLI, kecamatan, dates and the current reports.
     * Rows other system tests wrote straight onto the topic for cooperatives the registry never
     * had are no registry row, and are left out.
     */
    private static Map<String, String> differences(LocalSuite suite, String service, String tag) {
        String filter = tag == null ? "" : " where c.name like '" + tag + "-%'";
        Map<String, String> registry = rows(suite, "registry", """
                select c.id::text, concat_ws('|', c.version, c.cooperative_number, c.name, c.jenis, c.bentuk, c.kelompok, c.kbli_code,
                       c.kecamatan_code, c.founded_on, c.dissolved_on,
                       coalesce((select jsonb_agg(jsonb_build_object('financialYear', r.financial_year, 'meetingDate', r.meeting_date,
                                    'membersMale', r.members_male, 'membersFemale', r.members_female, 'employees', r.employees,
                                    'ownCapital', r.own_capital, 'externalCapital', r.external_capital, 'assets', r.assets,
                                    'turnover', r.turnover, 'surplus', r.surplus) order by r.financial_year)
                                 from annual_report r where r.cooperative_id = c.id and r.current), '[]'::jsonb)::text)
                from cooperative c""" + filter);
        Map<String, String> projection = rows(suite, service, """
                select c.id::text, concat_ws('|', c.version, c.cooperative_number, c.name, c.jenis, c.bentuk, c.kelompok, c.kbli_code,
                       c.kecamatan_code, c.founded_on, c.dissolved_on, c.annual_reports::text)
                from cooperative_projection c""" + filter);
        Map<String, String> differences = new LinkedHashMap<>();
        registry.forEach((id, row) -> {
            if (!row.equals(projection.get(id))) {
                differences.put(id, row + " <> " + projection.get(id));
            }
        });
        return differences;
    }

    private static Map<String, String> rows(LocalSuite suite, String database, String sql) {
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = connect(suite, database); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    /** Clients reading the projection through the gateway, each with a token of its own, about five times a second. */
    private static final class Reads {
        private final String pathFormat;
        private final List<UUID> cooperatives;
        private final Http http = new Http(io.restassured.RestAssured.baseURI);
        private final ExecutorService readers = Executors.newFixedThreadPool(4);
        private final AtomicBoolean reading = new AtomicBoolean(true);
        final AtomicLong succeeded = new AtomicLong();
        final List<String> failures = new CopyOnWriteArrayList<>();

        Reads(String service, String program, List<UUID> cooperatives) {
            this.pathFormat = ("financing".equals(service) ? "/api/v1/loan-eligibility?amount=100000000&tenorMonths=24&"
                    : "/api/v1/award-eligibility?") + "programId=" + program + "&cooperativeId=%s";
            this.cooperatives = List.copyOf(cooperatives);
        }

        void start() {
            for (int i = 0; i < 4; i++) {
                String token = DevTokens.issue("officer", "reader-" + UUID.randomUUID() + "@system-tests", null, null, Duration.ofHours(1));
                readers.execute(() -> {
                    while (reading.get()) {
                        UUID id = cooperatives.get(ThreadLocalRandom.current().nextInt(cooperatives.size()));
                        try {
                            Http.Answer answer = http.send("GET", pathFormat.formatted(id), Map.of("Authorization", "Bearer " + token), null);
                            if (answer.status() == 200) {
                                succeeded.incrementAndGet();
                            } else {
                                failures.add(id + ": " + answer);
                            }
                        } catch (AssertionError e) {
                            failures.add(id + ": " + e.getMessage());
                        }
                        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                    }
                });
            }
        }

        void stop() throws InterruptedException {
            reading.set(false);
            readers.shutdown();
            assertThat(readers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A program the reads ask about: a financing program, or an award program of this year. */
    private static String program(String service, int f) {
        LocalDate today = OfficeClockStart.today();
        if ("financing".equals(service)) {
            return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.ofEntries(
                            Map.entry("partnerId", "bank-rebuild-" + UUID.randomUUID().toString().substring(0, 6)),
                            Map.entry("partnerName", "Bank BJB"), Map.entry("partnerKind", "BANK"),
                            Map.entry("name", "KUR Kecil " + f), Map.entry("scheme", "KUR_KECIL"), Map.entry("annualRate", 0.06),
                            Map.entry("method", "DECLINING_BALANCE"), Map.entry("minAmount", 10_000_000),
                            Map.entry("maxAmount", 500_000_000), Map.entry("minTenorMonths", 6), Map.entry("maxTenorMonths", 60),
                            Map.entry("allowedJenis", List.of("JASA")), Map.entry("opensOn", today.minusYears(1).toString()),
                            Map.entry("requiredDocuments", List.of("PROPOSAL"))))
                    .when().post("/api/v1/financing-programs").then().statusCode(201).extract().path("id");
        }
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("year", today.getYear());
        program.put("name", "Koperasi Teladan (rebuild test " + UUID.randomUUID() + ")");
        program.put("category", "MODEL_COOPERATIVE");
        program.put("level", "CITY");
        // A week either side of today, within today's due year (a window stays on one side of a 1 July).
        program.put("nominationsOpenOn", DueYear.later(today.minusDays(7), DueYear.firstDay(today)).toString());
        program.put("nominationsCloseOn", DueYear.earlier(today.plusDays(7), DueYear.lastDay(today)).toString());
        program.put("announcementOn", today.plusDays(14).toString());
        program.put("winners", 1);
        program.put("scoringSheet", List.of(
                indicator("K1", "KELEMBAGAAN", "RAT_ON_TIME", 2),
                indicator("U1", "USAHA", "MEMBER_GROWTH", 10),
                indicator("F1", "KEUANGAN", "SHU_GROWTH", 20)));
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(program)
                .when().post("/api/v1/award-programs").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> indicator(String code, String aspect, String kind, int target) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", code);
        indicator.put("name", "Indikator " + code);
        indicator.put("aspect", aspect);
        indicator.put("source", "COMPUTED");
        indicator.put("kind", kind);
        indicator.put("target", target);
        indicator.put("weight", 1);
        return indicator;
    }

    /** Waits for a rebuild's state through the gateway; a FAILED one fails the test with its reason. */
    private static void awaitState(String location, String state) {
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response rebuild = given().auth().oauth2(Tokens.auditor()).when().get(location);
            rebuild.then().statusCode(200);
            if ("FAILED".equals(rebuild.path("state"))) {
                throw new AssertionError("The rebuild failed: " + rebuild.path("failure"));
            }
            return state.equals(rebuild.path("state"));
        });
    }

    private static int latestDueYear(LocalDate date) {
        return date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() - 1 : date.getYear() - 2;
    }

    private static String quoted(List<UUID> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }

    private static void execute(LocalSuite suite, String database, String sql) throws SQLException {
        try (Connection connection = connect(suite, database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, REBUILD_LOCK);
            statement.execute();
        }
    }

    private static Connection connect(LocalSuite suite, String database) throws SQLException {
        return DriverManager.getConnection(suite.postgres().jdbcUrl(database), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }
}
