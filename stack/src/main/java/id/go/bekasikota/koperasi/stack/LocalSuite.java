package id.go.bekasikota.koperasi.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The whole suite on one machine without Docker: an embedded PostgreSQL with a database per
 * service, a KRaft Kafka broker in its own JVM, the three services and the gateway as packaged
 * JVMs. Used by {@code ./suite up} and by the system tests. Everything it starts it stops on
 * {@link #close()}, and its temporary directories go with it.
 */
public final class LocalSuite implements AutoCloseable {

    public static final List<String> SERVICES = List.of("registry", "financing", "awards");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path runDirectory;
    private final EmbeddedPostgresServer postgres;
    private final KafkaBroker kafka;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private Duration timeToHealthy = Duration.ZERO;

    /**
     * @param root        the repository root (where the service modules are)
     * @param gatewayPort the gateway's port (0 for a free one)
     * @param servicePorts first port for registry, financing, awards (0 for free ones)
     */
    public static LocalSuite start(Path root, int gatewayPort, int servicePorts, Consumer<String> progress) {
        return new LocalSuite(root, gatewayPort, servicePorts, Settings.QUICK_START, progress);
    }

    /** As {@link #start(Path, int, int, Consumer)}, with other JVM options or extra settings per process. */
    public static LocalSuite start(Path root, int gatewayPort, int servicePorts, Settings settings, Consumer<String> progress) {
        return new LocalSuite(root, gatewayPort, servicePorts, settings, progress);
    }

    /**
     * How the service JVMs are started.
     *
     * @param jvmOptions  options of every service JVM
     * @param environment extra environment per process ({@code registry}, {@code financing}, {@code awards},
     *                    {@code gateway}), e.g. {@code KOPERASI_RATE_LIMITS_STANDARD_REQUESTS} for a benchmark
     */
    public record Settings(List<String> jvmOptions, Map<String, Map<String, String>> environment) {

        public static final Settings QUICK_START = new Settings(ServiceProcess.QUICK_START_JVM_OPTIONS, Map.of());

        public Settings {
            jvmOptions = List.copyOf(jvmOptions);
            environment = Map.copyOf(environment);
        }

        Map<String, String> environment(String process) {
            return environment.getOrDefault(process, Map.of());
        }
    }

    private LocalSuite(Path root, int gatewayPort, int servicePorts, Settings settings, Consumer<String> progress) {
        Instant started = Instant.now();
        runDirectory = Files2.tempDirectory("koperasi-suite-");
        EmbeddedPostgresServer pg = null;
        KafkaBroker broker = null;
        try {
            progress.accept("Starting PostgreSQL 15 and Kafka ...");
            CompletableFuture<KafkaBroker> kafkaStart = CompletableFuture.supplyAsync(() -> KafkaBroker.start(0));
            pg = EmbeddedPostgresServer.start(0, SERVICES);
            broker = kafkaStart.join();
            progress.accept("PostgreSQL on port " + pg.port() + ", Kafka on " + broker.bootstrapServers());
            Path publicKey = DevTokens.writePublicKey(runDirectory);
            Path logs = Files.createDirectories(runDirectory.resolve("logs"));

            int port = servicePorts;
            for (String service : SERVICES) {
                int servicePort = port > 0 ? Ports.preferred(port++) : Ports.free();
                Map<String, String> env = new LinkedHashMap<>(common(publicKey));
                env.put("DB_URL", pg.jdbcUrl(service));
                env.put("DB_USER", EmbeddedPostgresServer.USER);
                env.put("DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
                env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
                env.putAll(settings.environment(service));
                processes.put(service, new ServiceProcess(service + "-service",
                        root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar"), servicePort, env,
                        logs.resolve(service + "-service.log"), settings.jvmOptions()));
            }
            Map<String, String> gatewayEnv = new LinkedHashMap<>(common(publicKey));
            for (String service : SERVICES) {
                gatewayEnv.put("KOPERASI_SERVICES_" + service.toUpperCase() + "_URL", processes.get(service).url());
            }
            gatewayEnv.putAll(settings.environment("gateway"));
            processes.put("gateway", new ServiceProcess("gateway", root.resolve("gateway/target/quarkus-app/quarkus-run.jar"),
                    gatewayPort > 0 ? gatewayPort : Ports.free(), gatewayEnv, logs.resolve("gateway.log"), settings.jvmOptions()));

            progress.accept("Starting registry, financing, awards and the gateway ...");
            processes.values().forEach(ServiceProcess::start);
            for (ServiceProcess process : processes.values()) {
                process.awaitReady(READY_TIMEOUT);
                progress.accept(process.name() + " ready on " + process.url() + " after " + process.lastStartup().toMillis() + " ms");
            }
            timeToHealthy = Duration.between(started, Instant.now());
        } catch (RuntimeException | java.io.IOException e) {
            processes.values().forEach(ServiceProcess::stop);
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
    }

    private static Map<String, String> common(Path publicKey) {
        return Map.of(
                "JWT_PUBLIC_KEY_LOCATION", publicKey.toString(),
                "JWT_ISSUER", DevTokens.ISSUER,
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
        ServiceProcess sibling = service(service).sibling(Ports.free());
        processes.put(sibling.name(), sibling);
        sibling.start();
        sibling.awaitReady(READY_TIMEOUT);
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

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Path logDirectory() {
        return runDirectory.resolve("logs");
    }

    public Duration timeToHealthy() {
        return timeToHealthy;
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new java.util.ArrayList<>(processes.values());
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::stop);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        Files2.deleteRecursively(runDirectory);
    }
}
