package id.go.bekasikota.koperasi.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each consumer of this instance holds and has done, in memory: the partitions Kafka
 * assigned to it ({@link PartitionAssignments}, from the rebalance callbacks) and, per partition,
 * the offset after the last record it processed ({@link IdempotentConsumer}). With the brokers'
 * end offsets this gives the lag that readiness reports ({@link ConsumerHealth}).
 */
@ApplicationScoped
public class ConsumerPositions {

    private final Map<String, Held> channels = new LinkedHashMap<>();

    public ConsumerPositions(Config config) {
        for (ConsumerChannel channel : ConsumerChannel.configured(config)) {
            channels.put(channel.channel(), new Held(channel));
        }
    }

    void assigned(String group, Collection<TopicPartition> partitions) {
        for (Held held : channels.values()) {
            // Called at the end of every rebalance, with no partitions when none were added: the consumer has joined.
            if (held.channel.group().equals(group)) {
                held.joined = true;
            }
        }
        partitions.forEach(partition -> holder(group, partition).ifPresent(held -> held.partitions.add(partition)));
    }

    void revoked(String group, Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> holder(group, partition).ifPresent(held -> {
            held.partitions.remove(partition);
            held.nextOffsets.remove(partition);
        }));
    }

    void processed(String channel, String topic, int partition, long offset) {
        Held held = channels.get(channel);
        TopicPartition topicPartition = new TopicPartition(topic, partition);
        if (held != null && held.partitions.contains(topicPartition)) {
            held.nextOffsets.merge(topicPartition, offset + 1, Math::max);
        }
    }

    /** Each configured consumer as it is now. */
    List<Snapshot> snapshot() {
        return channels.values().stream()
                .map(held -> new Snapshot(held.channel, held.joined, Set.copyOf(held.partitions), Map.copyOf(held.nextOffsets)))
                .toList();
    }

    private Optional<Held> holder(String group, TopicPartition partition) {
        return channels.values().stream().filter(held -> held.channel.reads(group, partition.topic())).findFirst();
    }

    /**
     * @param joined      true once the consumer completed a rebalance (it may hold no partition when
     *                    other instances hold them all)
     * @param nextOffsets per partition, the offset after the last record processed here
     */
    record Snapshot(ConsumerChannel channel, boolean joined, Set<TopicPartition> partitions, Map<TopicPartition, Long> nextOffsets) {
    }

    private static final class Held {
        final ConsumerChannel channel;
        final Set<TopicPartition> partitions = ConcurrentHashMap.newKeySet();
        final Map<TopicPartition, Long> nextOffsets = new ConcurrentHashMap<>();
        volatile boolean joined;

        Held(ConsumerChannel channel) {
            this.channel = channel;
        }
    }
}
