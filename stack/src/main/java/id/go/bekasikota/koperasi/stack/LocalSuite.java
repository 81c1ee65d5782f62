package id.go.bekasikota.koperasi.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole suite on one machine without Docker: an embedded PostgreSQL with a database per
 * service, a KRaft Kafka broker in its own JVM (or a cluster of three: {@link #startWithKafkaCluster}),
 * the three services and the gateway as packaged
 * JVMs. Used by {@code ./suite up} and by the system tests. Everything it starts it stops on
 * {@link #close()}, and its temporary directories go with it.
 */
public final class LocalSuite implements AutoCloseable {

    public static final List<String> SERVICES = List.of("registry", "financing", "awards", "notifications");
    /** The services and the gateway. */
    public static final List<String> PROCESSES = List.of("registry", "financing", "awards", "notifications", "gateway");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /**
     * How long a process stopped (SIGTERM) lets its requests in flight finish: 10 s here, within the 15 s
     * {@link ServiceProcess#stop} waits before a SIGKILL (the deployment's 25 s, 125 s for the registry and 155 s for the gateway
     * outlast its longest request; a stop under load serves until then, as no Service drops the instance here).
     */
    private static final String SHUTDOWN_TIMEOUT = "KOPERASI_SHUTDOWN_TIMEOUT";
    private static final String SHUTDOWN_TIMEOUT_HERE = "10S";
    /** The realm that Keycloak imports, in the deployment and here. */
    public static final String KEYCLOAK_REALM_FILE = "deploy/keycloak/koperasi-realm.json";
    /** No Keycloak: the services trust the development key. */
    public static final int NO_KEYCLOAK = -1;
    private static final Supplier<KafkaServers> SINGLE_BROKER = () -> KafkaBroker.start(0);

    private final Path runDirectory;
    private final EmbeddedPostgresServer postgres;
    private final KafkaServers kafka;
    private final KeycloakServer keycloak;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private Duration timeToHealthy = Duration.ZERO;

    /**
     * @param root        the repository root (where the service modules are)
     * @param gatewayPort the gateway's port (0 for a free one)
     * @param servicePorts first port for registry, financing, awards (0 for free ones); each process's management
     *                     interface gets its port + 1000 (9080 for a gateway on 8080), or free ones
     */
    public static LocalSuite start(Path root, int gatewayPort, int servicePorts, Consumer<String> progress) {
        return new LocalSuite(root, gatewayPort, servicePorts, Settings.QUICK_START, NO_KEYCLOAK, SINGLE_BROKER, progress);
    }

    /** As {@link #start(Path, int, int, Consumer)}, with other JVM options or extra settings per process. */
    public static LocalSuite start(Path root, int gatewayPort, int servicePorts, Settings settings, Consumer<String> progress) {
        return new LocalSuite(root, gatewayPort, servicePorts, settings, NO_KEYCLOAK, SINGLE_BROKER, progress);
    }

    /**
     * As {@link #start(Path, int, int, Settings, Consumer)}, with a Keycloak started beside PostgreSQL
     * and Kafka ({@link #KEYCLOAK_REALM_FILE} imported): the services and the gateway trust its key
     * set (JWKS URL) and issuer instead of the development key.
     *
     * @param keycloakPort Keycloak's port (0 for a free one)
     */
    public static LocalSuite startWithKeycloak(Path root, int gatewayPort, int servicePorts, int keycloakPort,
                                               Settings settings, Consumer<String> progress) {
        return new LocalSuite(root, gatewayPort, servicePorts, settings, Math.max(0, keycloakPort), SINGLE_BROKER, progress);
    }

    /**
     * As {@link #start(Path, int, int, Settings, Consumer)} on a three-broker Kafka cluster
     * ({@link KafkaCluster}: every topic in three copies, a write acknowledged once two hold it)
     * instead of the single broker.
     *
     * @param keycloakPort Keycloak's port as in {@link #startWithKeycloak} (0 for a free one), or {@link #NO_KEYCLOAK}
     * @param network      where the brokers run; {@link KafkaCluster.Network#NAMESPACES} lets a test cut one off
     */
    public static LocalSuite startWithKafkaCluster(Path root, int gatewayPort, int servicePorts, int keycloakPort,
                                                   KafkaCluster.Network network, Settings settings, Consumer<String> progress) {
        int keycloak = keycloakPort == NO_KEYCLOAK ? NO_KEYCLOAK : Math.max(0, keycloakPort);
        return new LocalSuite(root, gatewayPort, servicePorts, settings, keycloak, () -> KafkaCluster.start(network), progress);
    }

    /**
     * How the services' JVMs start: their options, each process's extra environment, and whether they start
     * from an AOT cache (JDK 25 and later; see {@link ServiceProcess}).
     *
     * @param jvmOptions        options of every service JVM
     * @param environment       extra environment per process ({@code registry}, {@code financing}, {@code awards},
     *                          {@code gateway}), e.g. {@code KOPERASI_RATE_LIMITS_STANDARD_REQUESTS} for a benchmark
     * @param processJvmOptions a process's own options, instead of {@code jvmOptions}
     */
    public record Settings(List<String> jvmOptions, Map<String, Map<String, String>> environment, boolean aotCache,
                           Map<String, List<String>> processJvmOptions) {

        /** Tests: quick to start (the C1 compiler only), no AOT cache to train. */
        public static final Settings QUICK_START = new Settings(ServiceProcess.QUICK_START_JVM_OPTIONS, Map.of());

        public Settings {
            jvmOptions = List.copyOf(jvmOptions);
            environment = Map.copyOf(environment);
            processJvmOptions = Map.copyOf(processJvmOptions);
        }

        public Settings(List<String> jvmOptions, Map<String, Map<String, String>> environment) {
            this(jvmOptions, environment, false, Map.of());
        }

        /** The JVM options of one process: its own where it has them, else the common ones. */
        public List<String> jvmOptions(String process) {
            return processJvmOptions.getOrDefault(process, jvmOptions);
        }

        /** As deployed ({@link JvmOptions}): {@code ./suite} and the benchmark; {@code environment} adds to each process's. */
        public static Settings deployment(Map<String, Map<String, String>> environment) {
            Map<String, Map<String, String>> all = new LinkedHashMap<>();
            Map<String, List<String>> options = new LinkedHashMap<>();
            for (String process : PROCESSES) {
                Map<String, String> env = new LinkedHashMap<>(JvmOptions.ENVIRONMENT);
                env.putAll(environment.getOrDefault(process, Map.of()));
                all.put(process, env);
                options.put(process, JvmOptions.deployment(process));
            }
            return new Settings(JvmOptions.deployment("financing"), all, true, options);
        }

        Map<String, String> environment(String process) {
            return environment.getOrDefault(process, Map.of());
        }
    }

    private LocalSuite(Path root, int gatewayPort, int servicePorts, Settings settings, int keycloakPort,
                       Supplier<KafkaServers> kafkaServers, Consumer<String> progress) {
        Instant started = Instant.now();
        runDirectory = Files2.tempDirectory("koperasi-suite-");
        EmbeddedPostgresServer pg = null;
        KafkaServers broker = null;
        CompletableFuture<KeycloakServer> keycloakStart = keycloakPort == NO_KEYCLOAK ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> KeycloakServer.start(root.resolve(KEYCLOAK_REALM_FILE), keycloakPort,
                        runDirectory.resolve("logs/keycloak.log")));
        KeycloakServer idp = null;
        try {
            progress.accept(keycloakPort == NO_KEYCLOAK ? "Starting PostgreSQL 15 and Kafka ..." : "Starting PostgreSQL 15, Kafka and Keycloak ...");
            CompletableFuture<KafkaServers> kafkaStart = CompletableFuture.supplyAsync(kafkaServers);
            pg = EmbeddedPostgresServer.start(0, SERVICES);
            broker = kafkaStart.join();
            progress.accept("PostgreSQL on port " + pg.port() + ", Kafka on " + broker.bootstrapServers()
                    + (broker instanceof KafkaCluster ? " (three brokers)" : ""));
            idp = keycloakStart.join();
            if (idp != null) {
                progress.accept("Keycloak on " + idp.url() + " (realm " + KeycloakServer.REALM + ") after " + idp.startup().toMillis() + " ms");
            }
            Map<String, String> trust = trust(DevTokens.writePublicKey(runDirectory), idp);
            Path logs = Files.createDirectories(runDirectory.resolve("logs"));

            int port = servicePorts;
            for (String service : SERVICES) {
                int servicePort = port > 0 ? Ports.preferred(port) : Ports.free();
                int managementPort = port > 0 ? Ports.preferred(port + 1000) : Ports.free();
                if (port > 0) {
                    port++;
                }
                Map<String, String> env = new LinkedHashMap<>(trust);
                env.put(SHUTDOWN_TIMEOUT, SHUTDOWN_TIMEOUT_HERE);
                env.put("DB_URL", pg.jdbcUrl(service));
                env.put("DB_USER", EmbeddedPostgresServer.USER);
                env.put("DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
                env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
                if (!OfficeClockStart.ofThisRun().isZero()) {
                    env.put(OfficeClockStart.ENVIRONMENT, OfficeClockStart.ofThisRun().toString());
                }
                if (service.equals("notifications")) {
                    // A suite on one machine: webhook receivers on this machine, over http.
                    env.put("WEBHOOKS_ALLOW_HTTP", "true");
                    env.put("WEBHOOKS_ALLOW_LOOPBACK", "true");
                }
                env.putAll(settings.environment(service));
                processes.put(service, new ServiceProcess(service + "-service",
                        root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar"), servicePort, managementPort, env,
                        logs.resolve(service + "-service.log"), settings.jvmOptions(service), settings.aotCache()));
            }
            Map<String, String> gatewayEnv = new LinkedHashMap<>(trust);
            gatewayEnv.put(SHUTDOWN_TIMEOUT, SHUTDOWN_TIMEOUT_HERE);
            for (String service : SERVICES) {
                gatewayEnv.put("KOPERASI_SERVICES_" + service.toUpperCase() + "_URL", processes.get(service).url());
                gatewayEnv.put("KOPERASI_SERVICES_" + service.toUpperCase() + "_MANAGEMENT_URL", processes.get(service).managementUrl());
            }
            gatewayEnv.putAll(settings.environment("gateway"));
            processes.put("gateway", new ServiceProcess("gateway", root.resolve("gateway/target/quarkus-app/quarkus-run.jar"),
                    gatewayPort > 0 ? gatewayPort : Ports.free(), gatewayPort > 0 ? Ports.preferred(gatewayPort + 1000) : Ports.free(),
                    gatewayEnv, logs.resolve("gateway.log"), settings.jvmOptions("gateway"), settings.aotCache()));

            progress.accept("Starting registry, financing, awards, notifications and the gateway ...");
            processes.values().forEach(ServiceProcess::start);
            for (ServiceProcess process : processes.values()) {
                process.awaitReady(READY_TIMEOUT);
                progress.accept(process.name() + " ready on " + process.url() + " (management " + process.managementPort() + ") after " + process.lastStartup().toMillis() + " ms");
            }
            timeToHealthy = Duration.between(started, Instant.now());
        } catch (RuntimeException | java.io.IOException e) {
            processes.values().forEach(ServiceProcess::stop);
            if (idp != null) {
                idp.close();
            } else {
                keycloakStart.thenAccept(late -> {
                    if (late != null) {
                        late.close();
                    }
                });
            }
            if (broker != null) {
                broker.close();
            }
            if (pg != null) {
                pg.close();
            }
            Files2.deleteRecursively(runDirectory);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        postgres = pg;
        kafka = broker;
        keycloak = idp;
    }

    /** Whose tokens the services and the gateway accept: Keycloak's when it runs, else the development key's. */
    private static Map<String, String> trust(Path publicKey, KeycloakServer idp) {
        return Map.of(
                "JWT_PUBLIC_KEY_LOCATION", idp != null ? idp.jwksUrl() : publicKey.toString(),
                "JWT_ISSUER", idp != null ? idp.issuer() : DevTokens.ISSUER,
                "JWT_AUDIENCE", DevTokens.AUDIENCE,
                "QUARKUS_LOG_CONSOLE_DARKEN", "0");
    }

    public String gatewayUrl() {
        return processes.get("gateway").url();
    }

    /** {@code registry}, {@code financing}, {@code awards} or {@code gateway}. */
    public ServiceProcess service(String name) {
        ServiceProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("No service " + name + "; known: " + processes.keySet());
        }
        return process;
    }

    public Map<String, ServiceProcess> services() {
        return Map.copyOf(processes);
    }

    /**
     * Starts one more instance of a service beside the running one (same database, same topics,
     * same consumer groups) and waits until it is ready; {@link #close()} stops it too.
     */
    public ServiceProcess addInstance(String service) {
        return addInstance(service, Map.of());
    }

    /** As {@link #addInstance(String)}, with settings of its own (e.g. {@code CLIENT_RATE_LIMIT_REQUESTS}). */
    public ServiceProcess addInstance(String service, Map<String, String> environment) {
        ServiceProcess sibling = sibling(service, environment);
        sibling.start();
        sibling.awaitReady(READY_TIMEOUT);
        return sibling;
    }

    /**
     * One more instance of each of {@code services}, started together (a start waits for the machine as much as it
     * uses it) and each ready when this returns; in the order given.
     */
    public List<ServiceProcess> addInstances(String... services) {
        List<ServiceProcess> siblings = new ArrayList<>();
        for (String service : services) {
            siblings.add(sibling(service, Map.of()));
        }
        siblings.forEach(ServiceProcess::start);
        siblings.forEach(sibling -> sibling.awaitReady(READY_TIMEOUT));
        return List.copyOf(siblings);
    }

    /** One more instance of {@code service}, on ports of its own, not started yet. */
    private ServiceProcess sibling(String service, Map<String, String> environment) {
        ServiceProcess sibling = service(service).sibling(Ports.free(), Ports.free(), environment);
        processes.put(sibling.name(), sibling);
        return sibling;
    }

    /**
     * Stops an instance started by {@link #addInstance} for good and takes it out of its consumer
     * groups, as an operator scales a service down: a static member does not leave its groups when
     * it stops, so its partitions would wait for its session to expire (20 s).
     */
    public void removeInstance(ServiceProcess instance) {
        instance.stop();
        processes.remove(instance.name());
        kafka.removeStaticMember(instance.name());
    }

    /**
     * Stops every service and the gateway at once (training runs write their AOT caches as they stop, in
     * parallel), then starts them together again and waits until all are ready.
     */
    public void restartAll() {
        List<ServiceProcess> all = List.copyOf(processes.values());
        stopAll(all);
        all.forEach(ServiceProcess::start);
        all.forEach(process -> process.awaitReady(READY_TIMEOUT));
    }

    /** Stops the processes at once, each on a thread of its own, and waits for all. */
    private static void stopAll(List<ServiceProcess> all) {
        List<Thread> stopping = all.stream().map(process -> new Thread(process::stop, "stop-" + process.name())).toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** The single broker; fails when the suite runs on a {@link #kafkaCluster()}. */
    public KafkaBroker kafka() {
        if (kafka instanceof KafkaBroker broker) {
            return broker;
        }
        throw new IllegalStateException("This suite runs on a Kafka cluster: kafkaCluster()");
    }

    /** The three-broker cluster, when started with {@link #startWithKafkaCluster}. */
    public KafkaCluster kafkaCluster() {
        if (kafka instanceof KafkaCluster cluster) {
            return cluster;
        }
        throw new IllegalStateException("This suite runs on a single Kafka broker: kafka()");
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The Keycloak the suite trusts, when started with {@link #startWithKeycloak}. */
    public java.util.Optional<KeycloakServer> keycloak() {
        return java.util.Optional.ofNullable(keycloak);
    }

    public Path logDirectory() {
        return runDirectory.resolve("logs");
    }

    public Duration timeToHealthy() {
        return timeToHealthy;
    }

    @Override
    public void close() {
        stopAll(List.copyOf(processes.values()));
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        Files2.deleteRecursively(runDirectory);
    }
}
