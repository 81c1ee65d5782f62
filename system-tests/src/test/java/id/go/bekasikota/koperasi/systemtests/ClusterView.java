package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a Kafka cluster says about itself through the admin API, asked of the nodes named in
 * {@code bootstrapServers} (after a node was cut off: ask the others).
 */
final class ClusterView implements AutoCloseable {

    private final Admin admin;

    ClusterView(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 6000));
    }

    /** The partition of the suite's topics that holds the most records. */
    TopicPartition busiestPartition() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicDescription topic : describe(Topics.all()).values()) {
            topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
        }
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .max(Comparator.comparingLong(e -> e.getValue().offset()))
                .orElseThrow().getKey();
    }

    /** The partition's leader, empty while it has none (or the answer did not come). */
    Optional<Integer> leader(TopicPartition partition) {
        try {
            return Optional.ofNullable(info(partition).leader()).map(Node::id);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    TopicPartitionInfo info(TopicPartition partition) throws Exception {
        return describe(List.of(partition.topic())).get(partition.topic()).partitions().get(partition.partition());
    }

    Map<String, TopicDescription> describe(List<String> topics) throws Exception {
        return admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
    }

    Config topicConfig(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
    }

    Config brokerConfig(int nodeId) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, String.valueOf(nodeId));
        return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
    }

    /**
     * A one-partition topic whose replicas are {@code leader} first (so it leads) and the other
     * nodes, with the suite topics' {@code min.insync.replicas}.
     */
    void createTopicLedBy(String topic, int leader, List<Integer> nodes, String minInSyncReplicas) throws Exception {
        List<Integer> replicas = new ArrayList<>(List.of(leader));
        nodes.stream().filter(n -> n != leader).forEach(replicas::add);
        admin.createTopics(List.of(new NewTopic(topic, Map.of(0, replicas))
                .configs(Map.of("min.insync.replicas", minInSyncReplicas)))).all().get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        admin.close();
    }
}
