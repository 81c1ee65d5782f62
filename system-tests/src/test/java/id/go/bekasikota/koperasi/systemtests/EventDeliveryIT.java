package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumers' promises, on the real suite: a redelivered event changes nothing, a stale one
 * is ignored, a poison message goes to the dead-letter topic with its reason and the partition
 * keeps flowing.
 */
@ExtendWith(SuiteExtension.class)
class EventDeliveryIT {

    private static final List<String> CONSUMERS = List.of("financing", "awards");

    @Test
    void aRedeliveredEventChangesNothingTheSecondTime(LocalSuite suite) {
        UUID cooperative = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (CloudEventProducer producer = new CloudEventProducer(suite.kafka().bootstrapServers())) {
            producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.toString(), eventId, EventTypes.COOPERATIVE_REGISTERED,
                    cooperative.toString(), 5, registered(cooperative, 5, "Koperasi Asli"));
            // The same event id again, five times, even with other content: it was processed already.
            for (int i = 0; i < 5; i++) {
                producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.toString(), eventId, EventTypes.COOPERATIVE_REGISTERED,
                        cooperative.toString(), 6, registered(cooperative, 6, "Koperasi Tiruan " + i));
            }
            String marker = sendStaleMarker(producer, cooperative);
            awaitProcessed(suite, marker);
        }
        for (String service : CONSUMERS) {
            assertThat(Projections.cooperativeName(suite, service, cooperative)).as(service).contains("Koperasi Asli");
            // The projection's content, not its inbox (whose key allows one row per event anyway), shows one application.
            assertThat(Projections.version(suite, service, cooperative)).as(service).isEqualTo(5);
        }
    }

    @Test
    void anEventOlderThanTheProjectionIsIgnored(LocalSuite suite) {
        UUID cooperative = UUID.randomUUID();
        try (CloudEventProducer producer = new CloudEventProducer(suite.kafka().bootstrapServers())) {
            producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.toString(), UUID.randomUUID().toString(),
                    EventTypes.COOPERATIVE_UPDATED, cooperative.toString(), 4, registered(cooperative, 4, "Nama Baru"));
            producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.toString(), UUID.randomUUID().toString(),
                    EventTypes.COOPERATIVE_UPDATED, cooperative.toString(), 3, registered(cooperative, 3, "Nama Lama"));
            awaitProcessed(suite, sendStaleMarker(producer, cooperative));
        }
        for (String service : CONSUMERS) {
            assertThat(Projections.cooperativeName(suite, service, cooperative)).as(service).contains("Nama Baru");
            assertThat(Projections.version(suite, service, cooperative)).as(service).isEqualTo(4);
        }
    }

    @Test
    void poisonMessagesAreDeadLetteredWithTheReasonAndThePartitionKeepsFlowing(LocalSuite suite) {
        UUID cooperative = UUID.randomUUID();
        String key = cooperative.toString();
        try (CloudEventProducer producer = new CloudEventProducer(suite.kafka().bootstrapServers());
             EventLog deadLetters = new EventLog(suite.kafka().bootstrapServers(),
                     Topics.FINANCING_DEAD_LETTER, Topics.AWARDS_DEAD_LETTER)) {
            producer.sendRaw(Topics.REGISTRY_COOPERATIVE, key, Map.of(
                    "ce_specversion", "1.0", "ce_id", "bad-json-" + key, "ce_source", "/test",
                    "ce_type", EventTypes.COOPERATIVE_REGISTERED, "ce_aggregateversion", "1"), "{not json");
            producer.sendRaw(Topics.REGISTRY_COOPERATIVE, key, Map.of(), "{\"plain\": \"no CloudEvent headers\"}");
            producer.send(Topics.REGISTRY_COOPERATIVE, key, "unknown-type-" + key, "id.go.bekasikota.registry.cooperative.renamed.v9",
                    key, 1, registered(cooperative, 1, "Koperasi Misterius"));
            producer.send(Topics.REGISTRY_COOPERATIVE, key, "invalid-data-" + key, EventTypes.COOPERATIVE_REGISTERED,
                    key, 1, "{\"cooperative\": {\"id\": \"" + key + "\"}}");
            // A good event behind the poison ones on the same partition.
            producer.send(Topics.REGISTRY_COOPERATIVE, key, UUID.randomUUID().toString(), EventTypes.COOPERATIVE_REGISTERED,
                    key, 2, registered(cooperative, 2, "Koperasi Sehat"));

            for (String service : CONSUMERS) {
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                        Projections.cooperativeName(suite, service, cooperative).filter("Koperasi Sehat"::equals).isPresent());
            }
            for (String topic : List.of(Topics.FINANCING_DEAD_LETTER, Topics.AWARDS_DEAD_LETTER)) {
                List<EventLog.Event> dead = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                        () -> deadLetters.all(e -> e.topic().equals(topic) && key.equals(e.key())), list -> list.size() == 4);
                assertThat(dead).allSatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).isNotBlank());
                assertThat(dead).anySatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).contains("not JSON"));
                assertThat(dead).anySatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).contains("not a CloudEvent"));
                assertThat(dead).anySatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).contains("unknown event type"));
                assertThat(dead).anySatisfy(e -> assertThat(e.headers().get("dead-letter-reason")).contains("does not fit"));
            }
        }
    }

    /** A stale event (version 0) with a fresh id: recorded as processed, changes nothing; marks a point in the partition. */
    private static String sendStaleMarker(CloudEventProducer producer, UUID cooperative) {
        String marker = "marker-" + UUID.randomUUID();
        producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.toString(), marker, EventTypes.COOPERATIVE_UPDATED,
                cooperative.toString(), 0, registered(cooperative, 0, "Penanda"));
        return marker;
    }

    private static void awaitProcessed(LocalSuite suite, String eventId) {
        for (String service : CONSUMERS) {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> Projections.processedCount(suite, service, eventId) == 1);
        }
    }

    private static String registered(UUID id, long version, String name) {
        return """
                {"cooperative": {"id": "%s", "version": %d, "cooperativeNumber": "3275%09d", "name": "%s",
                 "jenis": "JASA", "bentuk": "PRIMER", "kelompok": "COMMUNITY", "kbliCode": null,
                 "kecamatanCode": "327504", "foundedOn": "2001-02-03", "dissolvedOn": null, "annualReports": []}}
                """.formatted(id, version, Math.abs(id.getMostSignificantBits() % 1_000_000_000L), name);
    }
}
