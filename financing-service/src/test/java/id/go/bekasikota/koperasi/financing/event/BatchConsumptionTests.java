package id.go.bekasikota.koperasi.financing.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import id.go.bekasikota.koperasi.projection.RegistryEventsConsumer;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's events are applied a poll at a time, each poll in one transaction (issue 20), on a
 * real broker and database: events held back (the channel paused) and then let go arrive in one or
 * a few polls, and cost that many transactions, not one each. An event the projection refuses in
 * such a batch is dead-lettered alone; every other event of the batch is applied.
 */
@QuarkusTest
@TestProfile(ConsumerReadinessTests.PausableRegistryChannel.class)
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class BatchConsumptionTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String CONSUMER = RegistryEventsConsumer.CONSUMER;

    @Inject
    ChannelRegistry channels;
    @Inject
    MeterRegistry meters;

    @Test
    void eventsThatArriveTogetherAreAppliedInOneTransactionPerPoll() {
        int held = 60;
        double transactionsBefore = count("koperasi.inbox.transactions", Map.of());
        double appliedBefore = count("koperasi.inbox.events", Map.of("outcome", "applied"));

        List<UUID> cooperatives = new ArrayList<>();
        PausableChannel registry = channels.getPausable("registry-cooperative");
        registry.pause();
        try (CloudEventProducer producer = producer()) {
            for (int i = 0; i < held; i++) {
                cooperatives.add(publishRegistration(producer));
            }
        } finally {
            registry.resume();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cooperatives.stream().allMatch(BatchConsumptionTests::projected));
        assertThat(count("koperasi.inbox.events", Map.of("outcome", "applied")) - appliedBefore).isEqualTo(held);
        // One transaction per event would be 60; a poll returns up to 500 records, so the 60 need one or a few.
        assertThat(count("koperasi.inbox.transactions", Map.of()) - transactionsBefore).isBetween(1.0, held / 6.0);
    }

    @Test
    void anEventRefusedInABatchIsDeadLetteredAloneAndTheOthersAreApplied() {
        List<UUID> good = new ArrayList<>();
        String refused = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();
        PausableChannel registry = channels.getPausable("registry-cooperative");
        registry.pause();
        try (CloudEventProducer producer = producer()) {
            for (int i = 0; i < 10; i++) {
                good.add(publishRegistration(producer));
            }
            // A CloudEvent whose data is JSON but no registration: the projection refuses it inside the batch's transaction.
            producer.send(Topics.REGISTRY_COOPERATIVE, refused, UUID.randomUUID().toString(), EventTypes.COOPERATIVE_REGISTERED,
                    refused, 1, "{\"cooperative\": {\"id\": \"" + refused + "\", \"version\": 1}}");
            // Data that is not JSON: set aside before the transaction.
            producer.send(Topics.REGISTRY_COOPERATIVE, unreadable, UUID.randomUUID().toString(), EventTypes.COOPERATIVE_REGISTERED,
                    unreadable, 1, "not json");
            for (int i = 0; i < 10; i++) {
                good.add(publishRegistration(producer));
            }
        } finally {
            registry.resume();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> good.stream().allMatch(BatchConsumptionTests::projected));
        try (EventLog deadLetters = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.FINANCING_DEAD_LETTER)) {
            EventLog.Event lacking = deadLetters.await(e -> refused.equals(e.key()));
            assertThat(String.valueOf(lacking.headers().get("dead-letter-reason"))).contains("lacks id, name, jenis or foundedOn");
            assertThat(lacking.headers()).containsEntry("dead-letter-topic", Topics.REGISTRY_COOPERATIVE);
            EventLog.Event notJson = deadLetters.await(e -> unreadable.equals(e.key()));
            assertThat(String.valueOf(notJson.headers().get("dead-letter-reason"))).contains("data is not JSON");
        }
        assertThat(projected(UUID.fromString(refused))).isFalse();
    }

    @Test
    void anEventThatComesTwiceInOnePollIsAppliedOnce() {
        UUID earlier = UUID.randomUUID();
        String earlierEvent = UUID.randomUUID().toString();
        try (CloudEventProducer producer = producer()) {
            producer.sendTogether(Topics.REGISTRY_COOPERATIVE, List.of(registration(earlier, earlierEvent)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> projected(earlier));
        double appliedBefore = count("koperasi.inbox.events", Map.of("outcome", "applied"));
        double duplicatesBefore = count("koperasi.inbox.events", Map.of("outcome", "duplicate"));

        // The relay publishes at least once: the same event twice in one poll, beside one this consumer applied before.
        UUID twice = UUID.randomUUID();
        String twiceEvent = UUID.randomUUID().toString();
        UUID once = UUID.randomUUID();
        // Both copies share a key, so a partition; sent together with time to fill one batch, they reach the consumer in one poll.
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers(),
                Duration.ofMillis(500))) {
            producer.sendTogether(Topics.REGISTRY_COOPERATIVE, List.of(registration(twice, twiceEvent), registration(twice, twiceEvent),
                    registration(earlier, earlierEvent), registration(once, UUID.randomUUID().toString())));
        }

        // Four deliveries settle as two applied (twice's first copy, once) and two duplicates (twice's second copy, earlier).
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("koperasi.inbox.events", Map.of("outcome", "applied")) - appliedBefore
                + count("koperasi.inbox.events", Map.of("outcome", "duplicate")) - duplicatesBefore >= 4);
        assertThat(count("koperasi.inbox.events", Map.of("outcome", "applied")) - appliedBefore).isEqualTo(2);
        assertThat(count("koperasi.inbox.events", Map.of("outcome", "duplicate")) - duplicatesBefore).isEqualTo(2);
        assertThat(projected(twice)).isTrue();
        assertThat(projected(once)).isTrue();
        assertThat(inboxRows(twiceEvent)).isEqualTo(1);
    }

    private double count(String name, Map<String, String> tags) {
        return meters.find(name).tag("consumer", CONSUMER).tags(tags.entrySet().stream()
                        .flatMap(tag -> java.util.stream.Stream.of(tag.getKey(), tag.getValue())).toArray(String[]::new))
                .counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private static boolean projected(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> CooperativeProjection.findById(id) != null);
    }

    private static CloudEventProducer producer() {
        return new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers());
    }

    private static long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CooperativeProjection.getEntityManager()
                .createNativeQuery("select count(*) from processed_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", CONSUMER).setParameter("id", eventId).getSingleResult()).longValue());
    }

    /** A registration of cooperative {@code id} as event {@code eventId}. */
    private static CloudEventProducer.Outgoing registration(UUID id, String eventId) {
        CooperativeSnapshot snapshot = new CooperativeSnapshot(id, 1, null, "Koperasi Kembar " + id.toString().substring(0, 8),
                "JASA", "PRIMER", "COMMUNITY", null, "327506", LocalDate.of(2012, 5, 6), null, List.of());
        try {
            return new CloudEventProducer.Outgoing(id.toString(), eventId, EventTypes.COOPERATIVE_REGISTERED, id.toString(), 1,
                    JSON.writeValueAsString(new CooperativeRegistered(snapshot)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID publishRegistration(CloudEventProducer producer) {
        UUID id = UUID.randomUUID();
        CooperativeSnapshot snapshot = new CooperativeSnapshot(id, 1, null, "Koperasi Serombongan " + id.toString().substring(0, 8),
                "JASA", "PRIMER", "COMMUNITY", null, "327506", LocalDate.of(2011, 3, 4), null, List.of());
        try {
            producer.send(Topics.REGISTRY_COOPERATIVE, id.toString(), UUID.randomUUID().toString(), EventTypes.COOPERATIVE_REGISTERED,
                    id.toString(), 1, JSON.writeValueAsString(new CooperativeRegistered(snapshot)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
