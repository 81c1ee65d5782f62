package id.go.bekasikota.koperasi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeUpdated;
import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The rebuild of the projection of the register, held to the same behaviour in every service
 * that keeps it (financing, awards): a service's {@code @QuarkusTest} extends this and names its
 * path. Runs against the real PostgreSQL and Kafka of {@link RealServersResource}; the expected
 * projection is read back from the topics by a witness, not from the code under test.
 */
public abstract class RegistryProjectionRebuildContract {

    /** Metrics and health live on the management interface. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readinessUrl;

    /** The live consumer takes it shared with every event; the rebuild's switch exclusively ("REBUILD"). */
    private static final long REBUILD_LOCK = 0x52454255494C44L;
    private static final Set<String> REGISTRY_TYPES = Set.of(EventTypes.COOPERATIVE_REGISTERED, EventTypes.COOPERATIVE_UPDATED,
            EventTypes.ANNUAL_REPORT_FILED, EventTypes.COOPERATIVE_STATUS_CHANGED, EventTypes.COOPERATIVE_GRADE_CHANGED,
            EventTypes.COOPERATIVE_DISSOLVED);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** e.g. {@code /api/v1/admin/financing/projections/registry/rebuilds}. */
    protected abstract String rebuildsPath();

    @Test
    void aCorruptedProjectionIsRebuiltFromTheRegistersTopicsWhileTheOldOneServes() throws Exception {
        int f = CooperativeSnapshotMother.latestDueYear(java.time.LocalDate.now());
        List<CooperativeSnapshot> onlyInSnapshots = new ArrayList<>();
        List<CooperativeSnapshot> live = new ArrayList<>();
        List<CooperativeSnapshot> recent = new ArrayList<>();
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            // Known from the snapshot topic alone (their events are past the live topic's retention).
            for (int i = 0; i < 5; i++) {
                CooperativeSnapshot c = version(cooperative("Lama " + i, CooperativeSnapshotMother.onTimeReport(f, 40 + i, 900_000_000L, 9_000_000L)), 3);
                snapshot(producer, c);
                onlyInSnapshots.add(c);
            }
            // ... one with an older snapshot written after its newer one (a race of an earlier publication): the newer stays.
            snapshot(producer, version(onlyInSnapshots.get(0), 2));
            // Live: registered, then updated, each with its snapshot record; one gets a stale event again afterwards.
            for (int i = 0; i < 5; i++) {
                CooperativeSnapshot registered = cooperative("Hidup " + i);
                event(producer, EventTypes.COOPERATIVE_REGISTERED, new CooperativeRegistered(registered), registered);
                snapshot(producer, registered);
                CooperativeSnapshot updated = renamed(version(registered, 2), "Hidup " + i + " Berganti Nama");
                event(producer, EventTypes.COOPERATIVE_UPDATED, new CooperativeUpdated(updated, List.of("name")), updated);
                snapshot(producer, updated);
                live.add(updated);
            }
            CooperativeSnapshot stale = version(live.get(0), 1);
            event(producer, EventTypes.COOPERATIVE_REGISTERED, new CooperativeRegistered(stale), stale);
            // Recent: on the live topic, their snapshot records not published yet.
            for (int i = 0; i < 2; i++) {
                CooperativeSnapshot c = cooperative("Baru " + i);
                event(producer, EventTypes.COOPERATIVE_REGISTERED, new CooperativeRegistered(c), c);
                recent.add(c);
            }
        }
        List<CooperativeSnapshot> fedLive = new ArrayList<>(live);
        fedLive.addAll(recent);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                fedLive.stream().allMatch(c -> projectedVersion(c.id()) == c.version()));

        // Corrupted: rows deleted and rows altered behind the consumer's back.
        execute("delete from cooperative_projection where id in ('" + live.get(1).id() + "', '" + recent.get(0).id() + "')");
        execute("update cooperative_projection set name = 'RUSAK', version = 0, annual_reports = '[]' where id in ('"
                + live.get(2).id() + "', '" + live.get(3).id() + "')");

        CooperativeSnapshot lateUpdate = renamed(version(live.get(4), 3), "Hidup 4 Saat Pergantian");
        String location;
        try (Connection holder = connect()) {
            // Holding the lock shared as an event in flight would: the switch waits for it.
            lock(holder, "select pg_advisory_lock_shared(?)");
            io.restassured.response.Response accepted = given().auth().oauth2(Tokens.officer()).post(rebuildsPath());
            accepted.then().statusCode(202).body("requestedBy", equalTo("officer@dev"));
            location = accepted.header("Location");
            awaitState(location, "SWITCHING");
            // The time the 202 said is the one every read says (PostgreSQL keeps microseconds).
            given().auth().oauth2(Tokens.officer()).get(location).then().statusCode(200)
                    .body("requestedAt", equalTo(accepted.jsonPath().getString("requestedAt")));

            given().auth().oauth2(Tokens.officer()).post(rebuildsPath()).then().statusCode(409)
                    .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/conflict"))
                    .body("existingId", equalTo(location.substring(location.lastIndexOf('/') + 1)));
            assertThat(given().get(metricsUrl).then().statusCode(200).extract().asString().lines())
                    .anyMatch(line -> line.startsWith("koperasi_projection_rebuild_running{")
                            && line.contains("projection=\"registry\"") && line.endsWith(" 1.0"));
            given().get(readinessUrl).then().statusCode(200)
                    .body("checks.find { it.name == 'registry-projection-rebuild' }.data.state", equalTo("SWITCHING"));
            // Until the switch the old table answers, corrupted as it is.
            assertThat(projectedVersion(live.get(1).id())).isEqualTo(-1);
            assertThat(projectedVersion(live.get(2).id())).isZero();
            // An event during the switch: the rebuild's last read or the live consumer after it brings it.
            try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
                event(producer, EventTypes.COOPERATIVE_UPDATED, new CooperativeUpdated(lateUpdate, List.of("name")), lateUpdate);
                snapshot(producer, lateUpdate);
            }
            lock(holder, "select pg_advisory_unlock_shared(?)");
        }
        awaitState(location, "COMPLETED");

        Map<UUID, Long> expected = witness();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> projectedVersions().equals(expected));
        List<CooperativeSnapshot> mine = new ArrayList<>(onlyInSnapshots);
        mine.addAll(live.subList(0, 4));
        mine.add(lateUpdate);
        mine.addAll(recent);
        for (CooperativeSnapshot c : mine) {
            assertThat(projectedRow(c.id())).as(c.name()).isEqualTo(List.of(String.valueOf(c.version()), c.name(),
                    c.cooperativeNumber(), c.kecamatanCode(), String.valueOf(c.annualReports().size())));
        }
        Response done = given().auth().oauth2(Tokens.auditor()).get(location);
        done.then().statusCode(200).body("failure", equalTo(null));
        assertThat(done.jsonPath().getLong("rows")).isEqualTo(expected.size());
        assertThat(done.jsonPath().getLong("snapshotRecords")).isGreaterThanOrEqualTo(16);
        assertThat(done.jsonPath().getLong("eventsApplied")).isGreaterThanOrEqualTo(expected.size());
        assertThat(done.jsonPath().getLong("lag")).isZero();
        assertThat(strings("select indexname from pg_indexes where tablename = 'cooperative_projection'"))
                .contains("cooperative_projection_pkey");
        assertThat(strings("select tablename from pg_tables where tablename like 'cooperative_projection%'"))
                .containsExactly("cooperative_projection");

        // Versions survived: a stale event is still ignored (once processed), a newer one applied.
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            CooperativeSnapshot older = renamed(version(live.get(2), 1), "Versi Lama");
            String olderId = event(producer, EventTypes.COOPERATIVE_UPDATED, new CooperativeUpdated(older, List.of("name")), older);
            CooperativeSnapshot newer = renamed(version(onlyInSnapshots.get(1), 4), "Lama 1 Versi Baru");
            event(producer, EventTypes.COOPERATIVE_UPDATED, new CooperativeUpdated(newer, List.of("name")), newer);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> projectedVersion(newer.id()) == 4
                    && !strings("select event_id from processed_event where event_id = '" + olderId + "'").isEmpty());
        }
        assertThat(projectedRow(live.get(2).id())).containsExactly(String.valueOf(live.get(2).version()), live.get(2).name(),
                live.get(2).cooperativeNumber(), live.get(2).kecamatanCode(), "0");
    }

    @Test
    void onlyOfficersRebuildAndAuditorsFollow() {
        given().post(rebuildsPath()).then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).post(rebuildsPath()).then().statusCode(403);
        given().auth().oauth2(Tokens.juror("juri-rebuild@dev")).get(rebuildsPath()).then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).get(rebuildsPath()).then().statusCode(200).body("page.number", equalTo(1));
        given().auth().oauth2(Tokens.auditor()).get(rebuildsPath() + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).get(rebuildsPath() + "/not-an-id").then().statusCode(404);
    }

    @Test
    void theOperationsAreDocumentedWithTheirRolesAndAnswers() {
        String path = "paths.'" + rebuildsPath() + "'";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(path + ".post.operationId", equalTo("rebuildRegistryProjection"))
                .body(path + ".post.security[0].bearer", org.hamcrest.Matchers.contains("officer"))
                .body(path + ".post.responses.keySet()", org.hamcrest.Matchers.hasItems("202", "401", "403", "409"))
                .body(path + ".get.security[0].bearer", org.hamcrest.Matchers.containsInAnyOrder("officer", "auditor"))
                .body("paths.'" + rebuildsPath() + "/{id}'.get.responses.keySet()", org.hamcrest.Matchers.hasItems("200", "404"))
                .body(path + ".post.tags", org.hamcrest.Matchers.contains("Operations"));
    }

    // --- the register's events as the registry would publish them

    private static CooperativeSnapshot cooperative(String name, id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary... reports) {
        return CooperativeSnapshotMother.cooperative(CooperativeNumbers.unique(), "Koperasi " + name + " " + UUID.randomUUID().toString().substring(0, 6),
                "JASA", reports);
    }

    private static CooperativeSnapshot version(CooperativeSnapshot c, long version) {
        return new CooperativeSnapshot(c.id(), version, c.cooperativeNumber(), c.name(), c.jenis(), c.bentuk(), c.kelompok(),
                c.kbliCode(), c.kecamatanCode(), c.foundedOn(), c.dissolvedOn(), c.annualReports());
    }

    private static CooperativeSnapshot renamed(CooperativeSnapshot c, String name) {
        return new CooperativeSnapshot(c.id(), c.version(), c.cooperativeNumber(), name, c.jenis(), c.bentuk(), c.kelompok(),
                c.kbliCode(), c.kecamatanCode(), c.foundedOn(), c.dissolvedOn(), c.annualReports());
    }

    /** Publishes a registry event; returns its id. */
    private static String event(CloudEventProducer producer, String type, Object data, CooperativeSnapshot c) throws Exception {
        String id = UUID.randomUUID().toString();
        producer.send(Topics.REGISTRY_COOPERATIVE, c.id().toString(), id, type, c.id().toString(), c.version(),
                JSON.writeValueAsString(data));
        return id;
    }

    private static void snapshot(CloudEventProducer producer, CooperativeSnapshot c) throws Exception {
        producer.send(Topics.REGISTRY_COOPERATIVE_SNAPSHOT, c.id().toString(), UUID.randomUUID().toString(),
                EventTypes.COOPERATIVE_SNAPSHOT, c.id().toString(), c.version(), JSON.writeValueAsString(c));
    }

    /** Every cooperative on either topic at its highest version, as a consumer that validates like the registry's contract. */
    private static Map<UUID, Long> witness() {
        Map<UUID, Long> versions = new HashMap<>();
        try (EventLog log = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE,
                Topics.REGISTRY_COOPERATIVE_SNAPSHOT)) {
            // Read to the end: poll until a poll brings nothing new.
            int seen = -1;
            List<EventLog.Event> events = log.all();
            while (events.size() != seen) {
                seen = events.size();
                events = log.all();
            }
            for (EventLog.Event e : events) {
                JsonNode snapshot = snapshotOf(e);
                if (snapshot != null) {
                    versions.merge(UUID.fromString(snapshot.get("id").asText()), snapshot.get("version").asLong(), Math::max);
                }
            }
        }
        return versions;
    }

    private static JsonNode snapshotOf(EventLog.Event e) {
        try {
            JsonNode data = JSON.readTree(e.value());
            JsonNode c = EventTypes.COOPERATIVE_SNAPSHOT.equals(e.type()) ? data
                    : REGISTRY_TYPES.contains(e.type()) ? data.get("cooperative") : null;
            boolean complete = c != null && c.isObject() && c.hasNonNull("id") && c.hasNonNull("version") && c.hasNonNull("name")
                    && c.hasNonNull("jenis") && c.hasNonNull("foundedOn");
            return complete && (e.subject() == null || e.subject().equals(c.get("id").asText())) ? c : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    // --- the projection's table, read directly

    /** Waits for a rebuild's state; a FAILED rebuild fails the test at once with its reason. */
    private static void awaitState(String location, String state) {
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> {
            Response rebuild = given().auth().oauth2(Tokens.auditor()).get(location);
            rebuild.then().statusCode(200);
            if ("FAILED".equals(rebuild.path("state"))) {
                throw new AssertionError("The rebuild failed: " + rebuild.path("failure"));
            }
            return state.equals(rebuild.path("state"));
        });
    }

    private static long projectedVersion(UUID id) {
        List<String> row = projectedRow(id);
        return row.isEmpty() ? -1 : Long.parseLong(row.get(0));
    }

    private static List<String> projectedRow(UUID id) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "select version, name, cooperative_number, kecamatan_code, jsonb_array_length(annual_reports) from cooperative_projection where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return List.of();
                }
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    values.add(row.getString(i));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<UUID, Long> projectedVersions() throws SQLException {
        Map<UUID, Long> versions = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, version from cooperative_projection")) {
            while (rows.next()) {
                versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        return versions;
    }

    private static List<String> strings(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, REBUILD_LOCK);
            statement.execute();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(RealServersResource.TestStack.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }
}
