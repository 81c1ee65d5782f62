package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends CloudEvents (Kafka binary mode) as another service would, or raw records as a broken
 * producer would: for tests of consumers, redelivery, stale and poison messages.
 */
public final class CloudEventProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public CloudEventProducer(String bootstrapServers) {
        this(bootstrapServers, Duration.ZERO);
    }

    /**
     * @param linger how long the producer waits to fill a batch ({@code linger.ms}): with room for it, the events of one
     *               {@link #sendTogether} call that share a partition go to the broker in one batch, and a consumer
     *               fetches them in one poll
     */
    public CloudEventProducer(String bootstrapServers, Duration linger) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(linger.toMillis()));
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** A well-formed CloudEvent with the suite's aggregate-version extension. */
    public void send(String topic, String key, String id, String type, String subject, long aggregateVersion, String data) {
        send(cloudEvent(topic, new Outgoing(key, id, type, subject, aggregateVersion, data)));
    }

    /** One CloudEvent of {@link #sendTogether}. */
    public record Outgoing(String key, String id, String type, String subject, long aggregateVersion, String data) {
    }

    /** Well-formed CloudEvents handed to the producer at once, then awaited together. */
    public void sendTogether(String topic, List<Outgoing> events) {
        List<Future<RecordMetadata>> sent = events.stream().map(event -> producer.send(cloudEvent(topic, event))).toList();
        producer.flush();
        sent.forEach(CloudEventProducer::await);
    }

    private static ProducerRecord<String, String> cloudEvent(String topic, Outgoing event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.key(), event.data());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.id());
        header(record, "ce_source", "/koperasi/test");
        header(record, "ce_type", event.type());
        header(record, "ce_subject", event.subject());
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_" + EventTypes.AGGREGATE_VERSION_EXTENSION, String.valueOf(event.aggregateVersion()));
        header(record, "content-type", "application/json");
        return record;
    }

    /** A record with whatever headers and value a broken producer may send. */
    public void sendRaw(String topic, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> header(record, name, v));
        send(record);
    }

    private void send(ProducerRecord<String, String> record) {
        await(producer.send(record));
    }

    private static void await(Future<RecordMetadata> sent) {
        try {
            sent.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
