package id.go.bekasikota.koperasi.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readiness of the event consumers: UP means the projections serve current data. DOWN while a
 * consumer has not joined its consumer group yet, while the records it has yet to process in the
 * partitions it holds exceed {@code koperasi.consumers.ready-max-lag}, while its lag cannot be
 * read from Kafka, and while it cannot reach its database (it retries and commits no offset).
 *
 * <p>The data names each consumer group with its lag ({@code "financing-service.cooperative-projection": 0})
 * or why it has none, the bound ({@code ready-max-lag}) and each inbox consumer whose database fails.
 * An instance that holds no partition (others hold them all) has lag 0.
 */
@Readiness
@Default
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private final ConsumerPositions positions;
    private final KafkaOffsets offsets;
    private final long readyMaxLag;

    public ConsumerHealth(ConsumerPositions positions, KafkaOffsets offsets,
                          @ConfigProperty(name = "koperasi.consumers.ready-max-lag") long readyMaxLag) {
        this.positions = positions;
        this.offsets = offsets;
        this.readyMaxLag = readyMaxLag;
    }

    void failing(String consumer, Throwable cause) {
        failing.put(consumer, String.valueOf(cause.getMessage()));
    }

    void recovered(String consumer) {
        failing.remove(consumer);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").status(failing.isEmpty());
        failing.forEach(response::withData);
        List<ConsumerPositions.Snapshot> consumers = positions.snapshot();
        if (consumers.isEmpty()) {
            return response.build();
        }
        response.withData("ready-max-lag", readyMaxLag);
        Set<TopicPartition> held = new HashSet<>();
        consumers.forEach(consumer -> held.addAll(consumer.partitions()));
        Map<TopicPartition, Long> ends;
        try {
            ends = offsets.ends(held);
        } catch (KafkaOffsets.OffsetsUnavailableException e) {
            consumers.forEach(consumer -> response.withData(consumer.channel().group(), "lag unknown: " + e.getMessage()));
            return response.down().build();
        }
        for (ConsumerPositions.Snapshot consumer : consumers) {
            String group = consumer.channel().group();
            if (!consumer.joined()) {
                response.withData(group, "joining its consumer group").down();
                continue;
            }
            try {
                long lag = lag(consumer, ends).records();
                response.withData(group, lag);
                if (lag > readyMaxLag) {
                    response.down();
                }
            } catch (KafkaOffsets.OffsetsUnavailableException e) {
                response.withData(group, "lag unknown: " + e.getMessage()).down();
            }
        }
        return response.build();
    }

    private ConsumerLag lag(ConsumerPositions.Snapshot consumer, Map<TopicPartition, Long> ends)
            throws KafkaOffsets.OffsetsUnavailableException {
        if (consumer.partitions().isEmpty()) {
            return new ConsumerLag(0, 0);
        }
        Map<TopicPartition, Long> committed = offsets.committed(consumer.channel().group());
        Set<TopicPartition> unpositioned = ConsumerLag.withoutPosition(consumer.partitions(), consumer.nextOffsets(), committed);
        return ConsumerLag.of(consumer.partitions(), consumer.nextOffsets(), committed, offsets.starts(unpositioned), ends);
    }
}
