package id.go.bekasikota.koperasi.registry.outbox;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.RealServersResource.TestStack;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transactional outbox: a change and its events commit together, and are delivered even if Kafka was away. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class OutboxTests {

    @Inject
    EventOutbox outbox;
    @Inject
    EntityManager entityManager;
    @Inject
    KafkaClientService kafkaClients;

    @Test
    void aRolledBackTransactionLeavesNeitherRowNorEvent() {
        UUID cooperativeId = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                            insert into cooperative (id, version, name, jenis, bentuk, kelompok, kecamatan_code, founded_on,
                                                     last_status, last_grade, last_evaluated_on, created_at, updated_at)
                            values (:id, 0, 'Koperasi Gagal', 'JASA', 'PRIMER', 'COMMUNITY', '327501', date '2001-01-01',
                                    'INACTIVE', 'D', current_date, now(), now())""")
                    .setParameter("id", cooperativeId).executeUpdate();
            outbox.append(event(cooperativeId, "rolled back"));
            throw new IllegalStateException("the use case fails after writing");
        })).hasMessageContaining("fails after writing");

        // A later event for the same key is the marker: the relay publishes in the outbox's order.
        QuarkusTransaction.requiringNew().run(() -> outbox.append(event(cooperativeId, "marker")));
        try (EventLog log = new EventLog(TestStack.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE)) {
            log.await(e -> cooperativeId.toString().equals(e.key()) && e.value().contains("marker"));
            assertThat(log.all(e -> cooperativeId.toString().equals(e.key()))).hasSize(1);
        }
        assertThat(count("select count(*) from cooperative where id = '" + cooperativeId + "'")).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_id = '" + cooperativeId + "'")).isEqualTo(1);
    }

    /**
     * The row is marked published when Kafka acknowledged it: the relay's batch that takes the row while the broker is
     * away waits for it, so its mark comes after the broker's restart began (not at the batch's start, before it).
     */
    @Test
    void aCommitWhileKafkaIsDownIsPublishedOnceKafkaIsBack() {
        TestStack.kafka().stop();
        String id;
        Instant restartBegan;
        try {
            Map<String, Object> body = CooperativeMother.limaGaruda();
            id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/cooperatives")
                    .then().statusCode(201).extract().path("id");
            assertThat(count("select count(*) from outbox_event where aggregate_id = '" + id + "' and published_at is null"
                    + " and topic = '" + Topics.REGISTRY_COOPERATIVE + "'"))
                    .isEqualTo(1);
        } finally {
            restartBegan = Instant.now();
            TestStack.kafka().restart();
        }
        try (EventLog log = new EventLog(TestStack.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE)) {
            log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_REGISTERED, id), Duration.ofSeconds(60));
        }
        String published = id;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from outbox_event where aggregate_id = '" + published + "' and published_at is not null"
                        + " and topic = '" + Topics.REGISTRY_COOPERATIVE + "'") == 1);
        OffsetDateTime publishedAt = QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) entityManager.createNativeQuery(
                        "select published_at from outbox_event where aggregate_id = :id and topic = :topic", OffsetDateTime.class)
                .setParameter("id", published)
                .setParameter("topic", Topics.REGISTRY_COOPERATIVE)
                .getSingleResult());
        assertThat(publishedAt.toInstant()).isAfterOrEqualTo(restartBegan);
    }

    /**
     * The relay's records are retried only by the Kafka producer, whose idempotence keeps a
     * partition's records in the order sent; the connector, which would send a failed record again
     * by itself after later ones, does not retry (KafkaClusterIT saw a cooperative's events out of
     * order through a broker cut off from the others).
     */
    @Test
    void onlyTheKafkaProducerRetriesTheRelaysRecords() {
        assertThat(ConfigProvider.getConfig().getValue("mp.messaging.outgoing.outbox.retries", Long.class))
                .as("the connector's own retries").isZero();
        ProducerConfig producer = new ProducerConfig(new HashMap<String, Object>(kafkaClients.getProducer("outbox").configuration()));
        assertThat(producer.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
        assertThat(producer.getString(ProducerConfig.ACKS_CONFIG)).isEqualTo("-1");
        assertThat(producer.getInt(ProducerConfig.RETRIES_CONFIG)).as("Kafka's default").isEqualTo(Integer.MAX_VALUE);
        assertThat(producer.getInt(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION))
                .as("at most 5 with idempotence, Kafka's condition for keeping the order").isLessThanOrEqualTo(5);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static DomainEvent event(UUID cooperativeId, String note) {
        return new DomainEvent(Topics.REGISTRY_COOPERATIVE, EventTypes.COOPERATIVE_UPDATED, "cooperative",
                cooperativeId.toString(), 1, cooperativeId.toString(), Map.of("note", note));
    }
}
