package id.go.bekasikota.koperasi.platform.inbox;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readiness knows of each consumer: the channels from the configuration, the partitions from
 * the rebalance callbacks (cooperative: only what changes), the positions from the inbox.
 */
class ConsumerPositionsTest {

    private static final String LOANS = "financing.loan-application.v1";
    private static final String REGISTRY = "registry.cooperative.v1";

    /** Awards' two consumers, a producer channel and a disabled consumer, as in a service's configuration. */
    private static final Config CONFIG = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
            "quarkus.application.name", "awards-service",
            "mp.messaging.incoming.registry-cooperative.connector", "smallrye-kafka",
            "mp.messaging.incoming.registry-cooperative.topic", REGISTRY,
            "mp.messaging.incoming.registry-cooperative.group.id", "awards-service.cooperative-projection",
            "mp.messaging.incoming.financing-loan-application.connector", "smallrye-kafka",
            "mp.messaging.incoming.financing-loan-application.topic", LOANS,
            "mp.messaging.incoming.financing-loan-application.group.id", "awards-service.loan-standing",
            "mp.messaging.incoming.switched-off.connector", "smallrye-kafka",
            "mp.messaging.incoming.switched-off.enabled", "false",
            "mp.messaging.outgoing.outbox.connector", "smallrye-kafka"), "test", 100)).build();

    @Test
    void readsTheKafkaConsumersOfTheConfiguration() {
        assertThat(ConsumerChannel.configured(CONFIG)).containsExactlyInAnyOrder(
                new ConsumerChannel("registry-cooperative", "awards-service.cooperative-projection", Set.of(REGISTRY)),
                new ConsumerChannel("financing-loan-application", "awards-service.loan-standing", Set.of(LOANS)));
    }

    @Test
    void aGroupIdAndTopicOmittedAreQuarkusDefaults() {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "quarkus.application.name", "registry-service",
                "mp.messaging.incoming.awards-nomination.connector", "smallrye-kafka"), "test", 100)).build();

        assertThat(ConsumerChannel.configured(config))
                .containsExactly(new ConsumerChannel("awards-nomination", "registry-service", Set.of("awards-nomination")));
    }

    @Test
    void aConsumerIsJoiningUntilItsFirstRebalanceEvenWithNoPartitions() {
        ConsumerPositions positions = new ConsumerPositions(CONFIG);
        assertThat(positions.snapshot()).noneMatch(ConsumerPositions.Snapshot::joined);

        positions.assigned("awards-service.loan-standing", List.of());

        assertThat(snapshot(positions, "financing-loan-application").joined()).isTrue();
        assertThat(snapshot(positions, "financing-loan-application").partitions()).isEmpty();
        assertThat(snapshot(positions, "registry-cooperative").joined()).isFalse();
    }

    @Test
    void cooperativeRebalancesAddAndTakeAwayOnlyWhatChanges() {
        ConsumerPositions positions = new ConsumerPositions(CONFIG);
        positions.assigned("awards-service.cooperative-projection", List.of(p(REGISTRY, 0), p(REGISTRY, 1), p(REGISTRY, 2)));
        positions.processed("registry-cooperative", REGISTRY, 2, 41);

        // A second instance joins: partition 2 moves to it, 0 and 1 stay here.
        positions.revoked("awards-service.cooperative-projection", List.of(p(REGISTRY, 2)));
        positions.assigned("awards-service.cooperative-projection", List.of());

        ConsumerPositions.Snapshot snapshot = snapshot(positions, "registry-cooperative");
        assertThat(snapshot.partitions()).containsExactlyInAnyOrder(p(REGISTRY, 0), p(REGISTRY, 1));
        assertThat(snapshot.nextOffsets()).as("a partition given away keeps no position here").isEmpty();
    }

    @Test
    void theNextOffsetIsAfterTheHighestRecordSettledWhateverTheOrder() {
        ConsumerPositions positions = new ConsumerPositions(CONFIG);
        positions.assigned("awards-service.cooperative-projection", List.of(p(REGISTRY, 0)));

        positions.processed("registry-cooperative", REGISTRY, 0, 7);
        positions.processed("registry-cooperative", REGISTRY, 0, 5);
        // A record of a partition not held here (settled after its revocation) is not counted.
        positions.processed("registry-cooperative", REGISTRY, 1, 70);
        // The same topic partition under another group is another consumer's.
        positions.assigned("awards-service.loan-standing", List.of(p(REGISTRY, 0)));

        assertThat(snapshot(positions, "registry-cooperative").nextOffsets()).isEqualTo(Map.of(p(REGISTRY, 0), 8L));
        assertThat(snapshot(positions, "financing-loan-application").partitions()).isEmpty();
    }

    private static ConsumerPositions.Snapshot snapshot(ConsumerPositions positions, String channel) {
        return positions.snapshot().stream().filter(s -> s.channel().channel().equals(channel)).findFirst().orElseThrow();
    }

    private static TopicPartition p(String topic, int partition) {
        return new TopicPartition(topic, partition);
    }
}
