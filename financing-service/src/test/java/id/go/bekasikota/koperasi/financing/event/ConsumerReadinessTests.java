package id.go.bekasikota.koperasi.financing.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import id.go.bekasikota.koperasi.platform.inbox.ConsumerHealth;
import id.go.bekasikota.koperasi.platform.inbox.ConsumerPositions;
import id.go.bekasikota.koperasi.platform.inbox.KafkaOffsets;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness and the projections' currency (issue 24), on a real broker: the registry's events are held back
 * (the channel paused), so the records waiting are exactly the lag health reports. A replica that has not yet
 * caught up since it started is not ready while more than {@code koperasi.consumers.ready-max-lag} records wait;
 * once it has caught up, falling behind again is reported (data {@code current: false}, the group
 * {@code projections} DOWN) and the replica stays ready. Once the records are applied, the lag is 0.
 */
@QuarkusTest
@TestProfile(ConsumerReadinessTests.PausableRegistryChannel.class)
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class ConsumerReadinessTests {

    private static final String GROUP = "financing-service.cooperative-projection";
    private static final int HELD_BACK = 8;
    private static final int BOUND = 5;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The registry channel can be paused here; the bound is lowered under the records this test holds back. */
    public static class PausableRegistryChannel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.registry-cooperative.pausable", "true",
                    "koperasi.consumers.ready-max-lag", String.valueOf(BOUND));
        }
    }

    @Inject
    ChannelRegistry channels;
    @Inject
    SmallRyeHealthReporter health;
    @Inject
    ConsumerPositions positions;
    @Inject
    KafkaOffsets offsets;

    @Test
    void aReplicaIsNotReadyUntilItFirstCaughtUpAndAfterThatFallingBehindIsReportedNotARefusal() {
        // Joined, and caught up with whatever earlier tests left on the topic.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !health.getReadiness().isDown() && reportedLag().equals(Optional.of(0L)));
        // A replica just started: the same consumers, read by a check that has not seen them current yet.
        ConsumerHealth justStarted = new ConsumerHealth(positions, offsets, BOUND);

        PausableChannel registry = channels.getPausable("registry-cooperative");
        List<UUID> cooperatives = new ArrayList<>();
        registry.pause();
        try {
            for (int i = 0; i < HELD_BACK; i++) {
                cooperatives.add(publishRegistration());
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reportedLag().equals(Optional.of((long) HELD_BACK)));
            // 8 records to process, at most 5 allowed: the replica that was current stays ready and says it is behind ...
            SmallRyeHealth readiness = health.getReadiness();
            assertThat(readiness.isDown()).as("caught up once since it started").isFalse();
            JsonObject consumers = consumerCheck(readiness);
            assertThat(consumers.getString("status")).isEqualTo("UP");
            assertThat(consumers.getJsonObject("data").getBoolean("current")).isFalse();
            assertThat(consumers.getJsonObject("data").getJsonNumber("ready-max-lag").longValue()).isEqualTo(BOUND);
            // ... the strict reading is DOWN ...
            SmallRyeHealth projections = health.getHealthGroup("projections");
            assertThat(projections.isDown()).isTrue();
            assertThat(consumerCheck(projections).getJsonObject("data").getJsonNumber(GROUP).longValue()).isEqualTo(HELD_BACK);
            // ... and the replica that never was current is not ready.
            assertThat(justStarted.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(cooperatives).noneMatch(ConsumerReadinessTests::projected);
        } finally {
            registry.resume();
        }

        // All applied: the lag is 0, every reading UP, and the replica started meanwhile is ready from now on.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reportedLag().equals(Optional.of(0L)));
        assertThat(health.getReadiness().isDown()).isFalse();
        assertThat(health.getHealthGroup("projections").isDown()).isFalse();
        assertThat(justStarted.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(cooperatives).allMatch(ConsumerReadinessTests::projected);

        registry.pause();
        try {
            List<UUID> later = new ArrayList<>();
            for (int i = 0; i < HELD_BACK; i++) {
                later.add(publishRegistration());
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reportedLag().equals(Optional.of((long) HELD_BACK)));
            assertThat(justStarted.call().getStatus()).as("current once: behind again is reported, not a refusal")
                    .isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(later).noneMatch(ConsumerReadinessTests::projected);
        } finally {
            registry.resume();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reportedLag().equals(Optional.of(0L)));
    }

    /** The lag readiness reports for the registry's consumer group, if a number. */
    private Optional<Long> reportedLag() {
        JsonValue lag = consumerCheck(health.getReadiness()).getJsonObject("data").get(GROUP);
        return lag != null && lag.getValueType() == JsonValue.ValueType.NUMBER
                ? Optional.of(((jakarta.json.JsonNumber) lag).longValue()) : Optional.empty();
    }

    private static JsonObject consumerCheck(SmallRyeHealth readiness) {
        return readiness.getPayload().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("event-consumers")).findFirst().orElseThrow();
    }

    private static boolean projected(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> CooperativeProjection.findById(id) != null);
    }

    private static UUID publishRegistration() {
        UUID id = UUID.randomUUID();
        CooperativeSnapshot snapshot = new CooperativeSnapshot(id, 1, null, "Koperasi Tertahan " + id.toString().substring(0, 8),
                "JASA", "PRIMER", "COMMUNITY", null, "327505", LocalDate.of(2010, 1, 1), null, List.of());
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            producer.send(Topics.REGISTRY_COOPERATIVE, id.toString(), UUID.randomUUID().toString(), EventTypes.COOPERATIVE_REGISTERED,
                    id.toString(), 1, JSON.writeValueAsString(new CooperativeRegistered(snapshot)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
