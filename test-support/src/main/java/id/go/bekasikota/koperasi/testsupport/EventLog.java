package id.go.bekasikota.koperasi.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads a topic from the beginning, as a test's independent witness of what a service
 * published. Waits on conditions (Awaitility), never on time.
 */
public final class EventLog implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> events = new ArrayList<>();

    public EventLog(String bootstrapServers, String... topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-witness-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until an event matching {@code condition} has arrived, and returns it. */
    public Event await(Predicate<Event> condition) {
        return await(condition, Duration.ofSeconds(30));
    }

    public Event await(Predicate<Event> condition, Duration timeout) {
        return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    poll();
                    return events.stream().filter(condition).findFirst().orElse(null);
                }, e -> e != null);
    }

    /**
     * Everything the topics hold now: reads until the position in every partition reaches its end offset
     * as of this call (the last record a producer with {@code acks=all} had acknowledged by then is below
     * it), within {@code timeout}.
     */
    public List<Event> toEnd(Duration timeout) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), timeout);
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll();
            return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
        });
        return List.copyOf(events);
    }

    /** Everything read so far (polls once more first). */
    public List<Event> all() {
        poll();
        return List.copyOf(events);
    }

    public List<Event> all(Predicate<Event> condition) {
        return all().stream().filter(condition).collect(Collectors.toList());
    }

    private void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            events.add(new Event(record.topic(), record.partition(), record.offset(), record.key(), record.value(), headers));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** One record with its CloudEvents headers ({@code ce_type}, {@code ce_id}, ...). */
    public record Event(String topic, int partition, long offset, String key, String value, Map<String, String> headers) {

        public String type() {
            return headers.get("ce_type");
        }

        public String id() {
            return headers.get("ce_id");
        }

        public String subject() {
            return headers.get("ce_subject");
        }

        public static Predicate<Event> ofType(String type) {
            return e -> type.equals(e.type());
        }

        public static Predicate<Event> ofType(String type, Object subject) {
            return e -> type.equals(e.type()) && String.valueOf(subject).equals(e.subject());
        }
    }
}
