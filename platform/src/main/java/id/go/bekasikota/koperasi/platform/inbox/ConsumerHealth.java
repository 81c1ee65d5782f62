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
 * Readiness of the event consumers. Until a replica has first caught up after it started, it is not
 * ready: DOWN while a consumer has not joined its consumer group yet, while the records it has yet to
 * process in the partitions it holds exceed {@code koperasi.consumers.ready-max-lag}, and while its lag
 * cannot be read from Kafka; so a replica restarted after a crash or a deploy takes no traffic while its
 * projections are behind (the others, current, serve meanwhile). Once it has caught up, falling behind
 * again (an import of 50,000 cooperatives, a Kafka outage, a rebalance) is reported, not a reason to stop
 * serving: every replica shares the backlog, and taking them all out of their Service would refuse every
 * request, the many that need no projection too. Whatever the state, DOWN while a consumer cannot reach
 * its database (it retries and commits no offset).
 *
 * <p>The data names each consumer group with its lag ({@code "financing-service.cooperative-projection": 0})
 * or why it has none, the bound ({@code ready-max-lag}), whether the projections are current ({@code current})
 * and each inbox consumer whose database fails. An instance that holds no partition (others hold them all, or a
 * rebalance has not given it its own yet) reports the group's lag from its commits ({@link ConsumerLag#ofGroup}). The health group {@code projections} ({@code /q/health/group/projections}, {@link ProjectionsCurrent})
 * is the strict reading, DOWN whenever they are not current: for alerts and dashboards.
 */
@Readiness
@Default
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    static final String NAME = "event-consumers";

    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private final ConsumerPositions positions;
    private final KafkaOffsets offsets;
    private final long readyMaxLag;
    /** Whether the projections have been current once since this replica started. */
    private volatile boolean caughtUp;

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
        Reading reading = read();
        if (reading.current()) {
            caughtUp = true;
        }
        boolean ready = failing.isEmpty() && (reading.current() || caughtUp);
        return reading.response().status(ready).build();
    }

    /** The strict reading: UP only while the projections are current and every consumer reaches its database. */
    HealthCheckResponse strict() {
        Reading reading = read();
        return reading.response().status(failing.isEmpty() && reading.current()).build();
    }

    /** The consumers' state, and whether the projections are current (joined, lag known and within the bound). */
    private record Reading(HealthCheckResponseBuilder response, boolean current) {
    }

    private Reading read() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        failing.forEach(response::withData);
        List<ConsumerPositions.Snapshot> consumers = positions.snapshot();
        if (consumers.isEmpty()) {
            return new Reading(response.withData("current", true), true);
        }
        response.withData("ready-max-lag", readyMaxLag);
        Set<TopicPartition> held = new HashSet<>();
        consumers.forEach(consumer -> held.addAll(consumer.partitions()));
        Map<TopicPartition, Long> ends;
        try {
            ends = offsets.ends(held);
        } catch (KafkaOffsets.OffsetsUnavailableException e) {
            consumers.forEach(consumer -> response.withData(consumer.channel().group(), "lag unknown: " + e.getMessage()));
            return new Reading(response.withData("current", false), false);
        }
        boolean current = true;
        for (ConsumerPositions.Snapshot consumer : consumers) {
            String group = consumer.channel().group();
            if (!consumer.joined()) {
                response.withData(group, "joining its consumer group");
                current = false;
                continue;
            }
            try {
                long lag = lag(consumer, ends).records();
                response.withData(group, lag);
                current &= lag <= readyMaxLag;
            } catch (KafkaOffsets.OffsetsUnavailableException e) {
                response.withData(group, "lag unknown: " + e.getMessage());
                current = false;
            }
        }
        return new Reading(response.withData("current", current), current);
    }

    private ConsumerLag lag(ConsumerPositions.Snapshot consumer, Map<TopicPartition, Long> ends)
            throws KafkaOffsets.OffsetsUnavailableException {
        Map<TopicPartition, Long> committed = offsets.committed(consumer.channel().group());
        if (consumer.partitions().isEmpty()) {
            Set<TopicPartition> committedOn = ConsumerLag.committedOn(consumer.channel().topics(), committed);
            return ConsumerLag.ofGroup(committedOn, committed, committedOn.isEmpty() ? Map.of() : offsets.ends(committedOn));
        }
        Set<TopicPartition> unpositioned = ConsumerLag.withoutPosition(consumer.partitions(), consumer.nextOffsets(), committed);
        return ConsumerLag.of(consumer.partitions(), consumer.nextOffsets(), committed, offsets.starts(unpositioned), ends);
    }
}
