package id.go.bekasikota.koperasi.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;

/**
 * Tells {@link ConsumerPositions} which partitions each consumer holds. Every incoming Kafka
 * channel names it ({@code consumer-rebalance-listener.name}, set once for the connector in the
 * platform's configuration). With cooperative rebalancing the callbacks carry only the partitions
 * added or taken away; a lost partition arrives as revoked. Runs on the consumer's polling
 * thread, so it only records and never calls the broker.
 */
@ApplicationScoped
@Identifier(PartitionAssignments.NAME)
public class PartitionAssignments implements KafkaConsumerRebalanceListener {

    public static final String NAME = "koperasi-partition-assignments";

    private final ConsumerPositions positions;

    public PartitionAssignments(ConsumerPositions positions) {
        this.positions = positions;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        positions.assigned(consumer.groupMetadata().groupId(), partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        positions.revoked(consumer.groupMetadata().groupId(), partitions);
    }
}
