package id.go.bekasikota.koperasi.registry.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.registry.support.RegistryApi;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.RealServersResource.TestStack;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The replayable register: every registry event is followed on the compacted snapshot topic by
 * the cooperative's snapshot (the same object, version and key), and an officer can publish
 * every cooperative's snapshot once.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class SnapshotTopicTests {

    /** The key migration V8's trigger takes shared and a publication's batch takes exclusively ("SNAPSHOT"). */
    private static final long SNAPSHOT_LOCK = 0x534E415053484F54L;

    @Inject
    ObjectMapper json;
    @Inject
    EntityManager entityManager;

    @Test
    void everyRegistryEventIsFollowedByItsSnapshotOnTheCompactedTopic() throws Exception {
        Map<String, Object> body = CooperativeMother.bonekaBekasi();
        String id;
        Map<Long, JsonNode> events = new HashMap<>();
        Map<Long, JsonNode> snapshots = new HashMap<>();
        try (EventLog log = new EventLog(TestStack.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE,
                Topics.REGISTRY_COOPERATIVE_SNAPSHOT)) {
            id = RegistryApi.register(body);
            RegistryApi.file(id, AnnualReportMother.report(2020));
            String cooperative = id;
            log.await(e -> Topics.REGISTRY_COOPERATIVE_SNAPSHOT.equals(e.topic()) && cooperative.equals(e.key())
                    && "1".equals(e.headers().get("ce_aggregateversion")));
            for (EventLog.Event e : log.all(e -> cooperative.equals(e.key()))) {
                long version = Long.parseLong(e.headers().get("ce_aggregateversion"));
                if (Topics.REGISTRY_COOPERATIVE.equals(e.topic())) {
                    events.put(version, json.readTree(e.value()).get("cooperative"));
                } else {
                    assertThat(e.type()).isEqualTo(EventTypes.COOPERATIVE_SNAPSHOT);
                    assertThat(e.subject()).isEqualTo(cooperative);
                    snapshots.put(version, json.readTree(e.value()));
                }
            }
        }
        assertThat(snapshots.keySet()).containsExactlyInAnyOrder(0L, 1L);
        assertThat(snapshots).isEqualTo(events);
        assertThat(snapshots.get(1L).get("annualReports").get(0).get("financialYear").asInt()).isEqualTo(2020);
        assertThat(snapshots.get(0L).get("name").asText()).isEqualTo(body.get("name"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cleanupPolicy().equals(TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    @Test
    void anOfficerPublishesEverySnapshotOnceAtATime() throws Exception {
        String id = RegistryApi.register(CooperativeMother.limaGaruda());
        RegistryApi.file(id, AnnualReportMother.report(2019));
        Map<String, Long> versions = currentVersions();

        String location;
        try (EventLog log = new EventLog(TestStack.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE_SNAPSHOT);
             Connection holder = DriverManager.getConnection(TestStack.jdbcUrl(), EmbeddedPostgresServer.USER,
                     EmbeddedPostgresServer.PASSWORD)) {
            // Writes in flight hold the lock shared: the publication's first batch waits for them, and stays RUNNING.
            try (PreparedStatement lock = holder.prepareStatement("select pg_advisory_lock_shared(?)")) {
                lock.setLong(1, SNAPSHOT_LOCK);
                lock.execute();
            }
            location = given().auth().oauth2(Tokens.officer()).when().post("/api/v1/admin/registry/snapshot-publications")
                    .then().statusCode(202).body("state", equalTo("RUNNING")).body("requestedBy", equalTo("officer@dev"))
                    .body("total", equalTo(versions.size())).extract().header("Location");
            given().auth().oauth2(Tokens.officer()).when().post("/api/v1/admin/registry/snapshot-publications")
                    .then().statusCode(409).body("existingId", equalTo(location.substring(location.lastIndexOf('/') + 1)));
            given().auth().oauth2(Tokens.auditor()).when().post("/api/v1/admin/registry/snapshot-publications")
                    .then().statusCode(403);
            try (PreparedStatement unlock = holder.prepareStatement("select pg_advisory_unlock_shared(?)")) {
                unlock.setLong(1, SNAPSHOT_LOCK);
                unlock.execute();
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                    given().auth().oauth2(Tokens.auditor()).get(location).then().statusCode(200).extract().path("state")));
            given().auth().oauth2(Tokens.auditor()).get(location).then().body("published", equalTo(versions.size()));

            // Every cooperative's snapshot at its current version is on the topic.
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<String, Long> published = new HashMap<>();
                for (EventLog.Event e : log.all(e -> EventTypes.COOPERATIVE_SNAPSHOT.equals(e.type()))) {
                    published.merge(e.key(), Long.parseLong(e.headers().get("ce_aggregateversion")), Math::max);
                }
                return published.entrySet().containsAll(versions.entrySet());
            });
        }
        given().auth().oauth2(Tokens.officer()).get("/api/v1/admin/registry/snapshot-publications").then().statusCode(200)
                .body("items[0].requestedBy", equalTo("officer@dev"));
        given().auth().oauth2(Tokens.juror("juri@dev")).get(location).then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> currentVersions() {
        Map<String, Long> versions = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) entityManager
                        .createNativeQuery("select id::text, version from cooperative").getResultList())
                .forEach(row -> versions.put((String) row[0], ((Number) row[1]).longValue()));
        return versions;
    }

    private static String cleanupPolicy() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafka().bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REGISTRY_COOPERATIVE_SNAPSHOT);
            return admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        }
    }
}
