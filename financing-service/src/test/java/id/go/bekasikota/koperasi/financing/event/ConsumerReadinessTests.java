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
import org.awaitility.Awaitility;
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
 * Readiness says whether the projections are current (issue 24), on a real broker: the registry's
 * events are held back (the channel paused), so the records waiting are exactly the lag readiness
 * reports, and past {@code koperasi.consumers.ready-max-lag} the service is not ready. Once they
 * are applied it is ready again, with no lag.
 */
@QuarkusTest
@TestProfile(ConsumerReadinessTests.PausableRegistryChannel.class)
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class ConsumerReadinessTests {

    private static final String GROUP = "financing-service.cooperative-projection";
    private static final int HELD_BACK = 8;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The registry channel can be paused here; the bound is lowered under the records this test holds back. */
    public static class PausableRegistryChannel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.registry-cooperative.pausable", "true",
                    "koperasi.consumers.ready-max-lag", "5");
        }
    }

    @Inject
    ChannelRegistry channels;
    @Inject
    SmallRyeHealthReporter health;

    @Test
    void aConsumerHeldBackPastTheBoundIsNotReadyAndSaysWhichAndByHowMuch() {
        // Joined, and caught up with whatever earlier tests left on the topic.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !health.getReadiness().isDown() && reportedLag().equals(Optional.of(0L)));

        PausableChannel registry = channels.getPausable("registry-cooperative");
        List<UUID> cooperatives = new ArrayList<>();
        registry.pause();
        try {
            for (int i = 0; i < HELD_BACK; i++) {
                cooperatives.add(publishRegistration());
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reportedLag().equals(Optional.of((long) HELD_BACK)));
            SmallRyeHealth readiness = health.getReadiness();
            assertThat(readiness.isDown()).as("8 records to process, at most 5 allowed").isTrue();
            JsonObject consumers = consumerCheck(readiness);
            assertThat(consumers.getString("status")).isEqualTo("DOWN");
            assertThat(consumers.getJsonObject("data").getJsonNumber("ready-max-lag").longValue()).isEqualTo(5);
            assertThat(cooperatives).noneMatch(ConsumerReadinessTests::projected);
        } finally {
            registry.resume();
        }

        // Ready again at 5 records to go already; all applied, the lag is 0.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reportedLag().equals(Optional.of(0L)));
        assertThat(health.getReadiness().isDown()).isFalse();
        assertThat(cooperatives).allMatch(ConsumerReadinessTests::projected);
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
