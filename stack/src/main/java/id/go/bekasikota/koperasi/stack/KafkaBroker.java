package id.go.bekasikota.koperasi.stack;

import id.go.bekasikota.koperasi.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real KRaft Kafka node (broker and controller in one JVM of its own, so tests can kill, pause
 * and restart it), from the Maven Central jars; storage in a temporary directory removed on
 * close. Alone ({@link #start(int)}) it is the suite's single broker; {@link KafkaCluster} starts
 * three of them.
 */
public final class KafkaBroker implements KafkaServers {

    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final String LOOPBACK = "127.0.0.1";
    /** A single broker holds the only copy of everything; topics the services name are created on use. */
    private static final Map<String, String> SINGLE_BROKER = orderedMap(
            "auto.create.topics.enable", "true",
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1");

    private final Path directory;
    private final Node node;
    private final String properties;
    private final List<String> launcher;
    /** The cluster the node's storage belongs to: its JVM formats the storage on its first start ({@link KafkaBrokerMain}). */
    private String clusterId;
    private Process process;

    /**
     * Where a node listens: clients on {@code clientHost}; the other brokers (replication) and the
     * controller quorum on {@code clusterHost}, which may be another network than the clients'.
     */
    record Node(int id, String clientHost, int clientPort, String clusterHost, int replicationPort, int controllerPort) {

        static Node onLoopback(int id, int clientPort) {
            return new Node(id, LOOPBACK, clientPort, LOOPBACK, Ports.free(), Ports.free());
        }

        String clientAddress() {
            return clientHost + ":" + clientPort;
        }

        String voter() {
            return id + "@" + clusterHost + ":" + controllerPort;
        }
    }

    private KafkaBroker(Path directory, Node node, String properties, List<String> launcher) {
        this.directory = directory;
        this.node = node;
        this.properties = properties;
        this.launcher = List.copyOf(launcher);
    }

    /** Starts a broker on {@code port} (0 for a free one) and creates the suite's topics. */
    public static KafkaBroker start(int port) {
        Node node = Node.onLoopback(1, port > 0 ? port : Ports.free());
        Path directory = Files2.tempDirectory("koperasi-kafka-");
        KafkaBroker broker = new KafkaBroker(directory, node,
                serverProperties(directory.resolve("data"), node, List.of(node), SINGLE_BROKER), List.of());
        try {
            broker.format(Uuid.randomUuid().toString());
            broker.launch();
            broker.createTopics(Topics.all());
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /**
     * One node of a cluster, not started yet: {@link #format(String)} it with the cluster's id,
     * then {@link #spawn()} every node before {@link #awaitReady()}, since a node is ready only
     * once a majority of the controller quorum runs.
     *
     * @param launcher the command the JVM's command line is given to (e.g. {@code ip netns exec NAME}), or none
     */
    static KafkaBroker node(Path directory, Node node, List<Node> quorum, Map<String, String> replication, List<String> launcher) {
        return new KafkaBroker(directory, node, serverProperties(directory.resolve("data"), node, quorum, replication), launcher);
    }

    public String bootstrapServers() {
        return node.clientAddress();
    }

    /** The node's id in the cluster (1 for a single broker). */
    public int nodeId() {
        return node.id();
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the broker process (SIGTERM), keeping its data: {@link #restart()} brings it back. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** SIGKILL: no controlled shutdown, as in a crash; {@link #restart()} brings it back on its data. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGSTOP: the broker hangs without closing its connections, as on a stalled machine. */
    public void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the broker again on the same port and data. */
    public void restart() {
        stop();
        launch();
    }

    /**
     * Writes the node's settings and names the cluster {@code clusterId} its storage is formatted for: the node's
     * own JVM formats it as it first starts, and finds it formatted at every restart ({@link KafkaBrokerMain}).
     * Issue 20: Kafka's storage tool in a JVM of its own cost each new node a JVM start before its own (about
     * 1.3 s of CPU on an idle machine, several seconds while a test run keeps both cores busy).
     */
    void format(String clusterId) {
        try {
            Files.createDirectories(directory);
            Files.writeString(properties(), properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.clusterId = clusterId;
    }

    private void launch() {
        spawn();
        awaitReady();
    }

    /** Starts the node's JVM without waiting for it. */
    void spawn() {
        try {
            if (clusterId == null) {
                throw new IllegalStateException("Node " + node.id() + " started before its storage was named a cluster (format)");
            }
            process = java(launcher, List.of(KafkaBrokerMain.class.getName(), String.valueOf(ProcessHandle.current().pid()),
                    properties().toString(), clusterId), directory.resolve("broker.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start", e);
        }
    }

    /** Waits until the node answers its clients. */
    void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited; see " + directory.resolve("broker.log") + ":\n" + tail());
            }
            if (!listening()) {
                continue;
            }
            try (Admin admin = admin(bootstrapServers())) {
                admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
            }
        }
        throw new IllegalStateException("Kafka broker not ready after " + STARTUP + ":\n" + tail(), last);
    }

    /** Whether the client listener accepts connections yet (asked before an admin client, which would log each refusal). */
    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(node.clientHost(), node.clientPort()), 500);
            return true;
        } catch (IOException e) {
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            return false;
        }
    }

    public void createTopics(List<String> topics) {
        createTopics(bootstrapServers(), topics.stream().map(topic -> new NewTopic(topic, Topics.PARTITIONS, (short) 1)).toList());
    }

    /** Creates {@code topics} as they are given (partitions, replicas, settings); those that exist are left alone. */
    static void createTopics(String bootstrapServers, List<NewTopic> newTopics) {
        try (Admin admin = admin(bootstrapServers)) {
            for (var result : admin.createTopics(newTopics).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create topics " + newTopics, e);
        }
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000));
    }

    private Path properties() {
        return directory.resolve("server.properties");
    }

    /**
     * A node's settings: clients on the PLAINTEXT listener, the other brokers' replication on
     * REPLICATION and the quorum on CONTROLLER (both on the cluster's network), then
     * {@code replication}: how many copies the internal topics keep, and the cluster's defaults.
     */
    private static String serverProperties(Path data, Node node, List<Node> quorum, Map<String, String> replication) {
        List<String> lines = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=" + node.id(),
                "controller.quorum.voters=" + String.join(",", quorum.stream().map(Node::voter).toList()),
                "listeners=PLAINTEXT://" + node.clientAddress() + ",REPLICATION://" + node.clusterHost() + ":" + node.replicationPort()
                        + ",CONTROLLER://" + node.clusterHost() + ":" + node.controllerPort(),
                "advertised.listeners=PLAINTEXT://" + node.clientAddress() + ",REPLICATION://" + node.clusterHost() + ":"
                        + node.replicationPort(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=REPLICATION",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,REPLICATION:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=" + Topics.PARTITIONS,
                "offsets.topic.num.partitions=3",
                "group.initial.rebalance.delay.ms=0",
                "log.flush.interval.messages=1000000"));
        replication.forEach((key, value) -> lines.add(key + "=" + value));
        return String.join("\n", lines) + "\n";
    }

    static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private Process java(List<String> launcher, List<String> mainAndArgs, Path log) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Classpaths.javaExecutable(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", Classpaths.stack()));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private String tail() {
        return Files2.tail(directory.resolve("broker.log"), 30, "(no broker log)");
    }

    @Override
    public void close() {
        stop();
        Files2.deleteRecursively(directory);
    }
}
