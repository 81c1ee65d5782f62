package id.go.bekasikota.koperasi.stack;

import id.go.bekasikota.koperasi.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Three KRaft nodes, each a broker and a controller in a JVM of its own (three controllers and
 * three brokers would be six JVMs on a 2-core machine), replicating every topic three times:
 * a write is acknowledged ({@code acks=all}) once two copies hold it ({@code min.insync.replicas=2}),
 * so one broker may die or be cut off without losing or refusing anything. With two down the
 * controller quorum is lost as well, and nothing is acknowledged until one comes back.
 *
 * <p>The suite's topics are created here as the deployment declares them
 * ({@code deploy/kubernetes/kafka-topics.yaml}): {@link Topics#PARTITIONS} partitions,
 * {@link #REPLICATION_FACTOR} replicas, {@link #TOPIC_CONFIG} (the snapshot topic {@link #COMPACTED_TOPIC_CONFIG});
 * topics are never created on use.
 */
public final class KafkaCluster implements KafkaServers {

    public static final int BROKERS = 3;
    public static final short REPLICATION_FACTOR = 3;
    public static final int MIN_IN_SYNC_REPLICAS = 2;
    /** The settings of every suite topic beyond partitions and replicas. */
    public static final Map<String, String> TOPIC_CONFIG = Map.of("min.insync.replicas", String.valueOf(MIN_IN_SYNC_REPLICAS));
    /** The snapshot topic keeps the latest record of every key: {@link #TOPIC_CONFIG} and compaction. */
    public static final Map<String, String> COMPACTED_TOPIC_CONFIG = Map.of("min.insync.replicas", String.valueOf(MIN_IN_SYNC_REPLICAS),
            "cleanup.policy", "compact");
    private static final Duration REPLICATED = Duration.ofSeconds(120);
    private static final String CONSUMER_OFFSETS = "__consumer_offsets";
    /** The cluster's defaults and its internal topics (consumer offsets, transactions) as safe as the suite's own. */
    private static final Map<String, String> REPLICATION = KafkaBroker.orderedMap(
            "auto.create.topics.enable", "false",
            "default.replication.factor", String.valueOf(REPLICATION_FACTOR),
            "min.insync.replicas", String.valueOf(MIN_IN_SYNC_REPLICAS),
            "unclean.leader.election.enable", "false",
            "offsets.topic.replication.factor", String.valueOf(REPLICATION_FACTOR),
            "transaction.state.log.replication.factor", String.valueOf(REPLICATION_FACTOR),
            "transaction.state.log.min.isr", String.valueOf(MIN_IN_SYNC_REPLICAS),
            "share.coordinator.state.topic.replication.factor", String.valueOf(REPLICATION_FACTOR),
            "share.coordinator.state.topic.min.isr", String.valueOf(MIN_IN_SYNC_REPLICAS));

    /** Where the nodes run. */
    public enum Network {
        /** Every node on 127.0.0.1: needs no privileges ({@code ./suite up --kafka-cluster}). */
        LOOPBACK,
        /**
         * Every node in a network namespace of its own, so that {@link #cutOff(int)} cuts it off
         * from the other brokers while clients still reach it; needs root and iproute2, else the
         * cluster runs on {@link #LOOPBACK} and {@link #cutOff(int)} pauses the node (SIGSTOP).
         */
        NAMESPACES
    }

    private final Path directory;
    private final BrokerNetwork network;
    private final String isolation;
    private final Map<Integer, KafkaBroker> brokers = new TreeMap<>();

    private KafkaCluster(Path directory, BrokerNetwork network, String isolation) {
        this.directory = directory;
        this.network = network;
        this.isolation = isolation;
    }

    /** Starts the three nodes, creates the suite's topics and waits until every copy is in sync. */
    public static KafkaCluster start(Network requested) {
        BrokerNetwork network = null;
        String isolation = "SIGSTOP (the node hangs for everyone)";
        if (requested == Network.NAMESPACES) {
            try {
                network = BrokerNetwork.create(BROKERS);
                isolation = "the node's cluster link down (its own network namespace; clients still reach it)";
            } catch (RuntimeException e) {
                isolation = "SIGSTOP (the node hangs for everyone; no network namespaces here: " + e.getMessage() + ")";
            }
        }
        KafkaCluster cluster = new KafkaCluster(Files2.tempDirectory("koperasi-kafka-cluster-"), network, isolation);
        try {
            cluster.launch();
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void launch() {
        List<KafkaBroker.Node> nodes = new ArrayList<>();
        for (int id = 1; id <= BROKERS; id++) {
            nodes.add(network == null ? KafkaBroker.Node.onLoopback(id, Ports.free())
                    : new KafkaBroker.Node(id, network.clientAddress(id), 9092, network.clusterAddress(id), 9093, 9094));
        }
        for (KafkaBroker.Node node : nodes) {
            brokers.put(node.id(), KafkaBroker.node(directory.resolve("node-" + node.id()), node, nodes, REPLICATION,
                    network == null ? List.of() : network.launcher(node.id())));
        }
        String clusterId = Uuid.randomUuid().toString();
        brokers.values().forEach(broker -> broker.format(clusterId));
        brokers.values().forEach(KafkaBroker::spawn);
        brokers.values().forEach(KafkaBroker::awaitReady);
        KafkaBroker.createTopics(bootstrapServers(), Topics.all().stream()
                .map(topic -> new NewTopic(topic, Topics.PARTITIONS, REPLICATION_FACTOR).configs(
                        topic.equals(Topics.REGISTRY_COOPERATIVE_SNAPSHOT) ? COMPACTED_TOPIC_CONFIG : TOPIC_CONFIG))
                .toList());
        awaitFullyReplicated();
    }

    /** Every node's client address. */
    @Override
    public String bootstrapServers() {
        return brokers.values().stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** The client addresses of every node but {@code nodeId}: the cluster as the others see it. */
    public String bootstrapServersWithout(int nodeId) {
        return brokers.values().stream().filter(b -> b.nodeId() != nodeId).map(KafkaBroker::bootstrapServers)
                .collect(Collectors.joining(","));
    }

    public Set<Integer> nodeIds() {
        return Set.copyOf(brokers.keySet());
    }

    /** Node {@code nodeId} (1 to 3), to stop, kill, pause or restart. */
    public KafkaBroker broker(int nodeId) {
        KafkaBroker broker = brokers.get(nodeId);
        if (broker == null) {
            throw new IllegalArgumentException("No node " + nodeId + "; nodes: " + brokers.keySet());
        }
        return broker;
    }

    /**
     * Starts the nodes again on their data, at once: each JVM is spawned before any is waited
     * for, so that nodes down together are back in the time of one start, not one after another.
     */
    public void restart(int... nodeIds) {
        List<KafkaBroker> nodes = Arrays.stream(nodeIds).mapToObj(this::broker).toList();
        nodes.forEach(KafkaBroker::stop);
        nodes.forEach(KafkaBroker::spawn);
        nodes.forEach(KafkaBroker::awaitReady);
    }

    /** Cuts the node off from the other brokers: see {@link #isolation()} for how, on this machine. */
    public void cutOff(int nodeId) {
        if (network != null) {
            network.cut(broker(nodeId).nodeId());
        } else {
            broker(nodeId).pause();
        }
    }

    /** Undoes {@link #cutOff(int)}. */
    public void heal(int nodeId) {
        if (network != null) {
            network.heal(broker(nodeId).nodeId());
        } else {
            broker(nodeId).resume();
        }
    }

    /** How {@link #cutOff(int)} cuts a node off here. */
    public String isolation() {
        return isolation;
    }

    /**
     * Waits until every node runs and every partition of the suite's topics and of the consumer
     * offsets has a leader and all its replicas in sync.
     */
    public void awaitFullyReplicated() {
        Instant deadline = Instant.now().plus(REPLICATED);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            Optional<String> lagging = laggingPartitions();
            if (lagging.isEmpty()) {
                return;
            }
            last = lagging.get();
            try {
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Kafka cluster not fully replicated after " + REPLICATED + ": " + last);
    }

    /** A description of the partitions that lack a leader or a copy in sync, or empty when none does. */
    private Optional<String> laggingPartitions() {
        if (!brokers.values().stream().allMatch(KafkaBroker::running)) {
            return Optional.of("a node is down");
        }
        List<String> topics = new ArrayList<>(Topics.all());
        try (Admin admin = KafkaBroker.admin(bootstrapServers())) {
            if (admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(5, TimeUnit.SECONDS).contains(CONSUMER_OFFSETS)) {
                topics.add(CONSUMER_OFFSETS);
            }
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS);
            List<String> lagging = new ArrayList<>();
            for (TopicDescription description : descriptions.values()) {
                for (TopicPartitionInfo partition : description.partitions()) {
                    if (partition.leader() == null || partition.isr().size() < BROKERS) {
                        lagging.add(description.name() + "-" + partition.partition() + " isr " + partition.isr().size());
                    }
                }
            }
            return lagging.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", lagging));
        } catch (Exception e) {
            return Optional.of(e.toString());
        }
    }

    @Override
    public void close() {
        brokers.values().parallelStream().forEach(KafkaBroker::close);
        if (network != null) {
            network.close();
        }
        Files2.deleteRecursively(directory);
    }
}
