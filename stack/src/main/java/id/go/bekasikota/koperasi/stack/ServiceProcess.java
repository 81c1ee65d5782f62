package id.go.bekasikota.koperasi.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One packaged Quarkus service ({@code target/quarkus-app/quarkus-run.jar}) running in a JVM of
 * its own, with its settings in environment variables as in a deployment: its API on {@link #port()}
 * and its management interface (health, metrics) on {@link #managementPort()}, both on the loopback
 * interface only ({@code HTTP_HOST}, {@code MANAGEMENT_HOST}).
 */
public final class ServiceProcess implements AutoCloseable {

    /** The AOT cache's file name, beside the jar. */
    static final String AOT_CACHE = "app.aot";
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Quick start-up for tests and {@code ./suite}: the C1 compiler only, a small heap. */
    public static final List<String> QUICK_START_JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Xss512k");

    private final String name;
    private final Path jar;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final Path log;
    private final List<String> jvmOptions;
    /** Whether the service starts from an AOT cache on JDK 25 and later (training it first where there is none). */
    private final boolean aotCache;
    private Process process;
    /** The AOT cache this run writes when it exits, if it is a training run. */
    private Path training;
    private Duration lastStartup = Duration.ZERO;

    public ServiceProcess(String name, Path jar, int port, int managementPort, Map<String, String> environment, Path log) {
        this(name, jar, port, managementPort, environment, log, QUICK_START_JVM_OPTIONS);
    }

    /** @param jvmOptions the JVM's options (heap, GC, JIT), e.g. those of the deployment image for a benchmark */
    public ServiceProcess(String name, Path jar, int port, int managementPort, Map<String, String> environment, Path log,
                          List<String> jvmOptions) {
        this(name, jar, port, managementPort, environment, log, jvmOptions, false);
    }

    /**
     * @param aotCache start from the AOT cache beside the jar ({@code app.aot}, JEP 483) on JDK 25 and later; where
     *                 there is none, or it is older than the jar, this start is its training run: the JVM records
     *                 what the service loads and compiles while it runs and writes the cache when it stops
     *                 ({@code -XX:AOTCacheOutput}, JEP 514/515), and the next start uses it
     */
    public ServiceProcess(String name, Path jar, int port, int managementPort, Map<String, String> environment, Path log,
                          List<String> jvmOptions, boolean aotCache) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = managementPort;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.aotCache = aotCache;
    }

    /** The process's name; also its Kafka consumers' static member id ({@code KOPERASI_INSTANCE_ID}), kept across restarts. */
    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: health ({@code /q/health/ready}) and metrics ({@code /q/metrics}). */
    public int managementPort() {
        return managementPort;
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Time from process start to ready at the last start. */
    public Duration lastStartup() {
        return lastStartup;
    }

    /** Starts the JVM; {@link #awaitReady(Duration)} waits for its readiness. */
    public void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw install -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(Classpaths.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(classDataOptions());
        command.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-jar",
                jar.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().putIfAbsent("HTTP_HOST", "127.0.0.1");
        builder.environment().putIfAbsent("MANAGEMENT_HOST", "127.0.0.1");
        // The replica's stable name: its Kafka consumers' static group membership, kept across restarts.
        builder.environment().put("KOPERASI_INSTANCE_ID", name);
        try {
            startedAt = Instant.now();
            logOffsetAtStart = Files.exists(log) ? Files.size(log) : 0;
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private Instant startedAt = Instant.now();
    private long logOffsetAtStart;

    /** Waits until {@code /q/health/ready} on the management interface answers 200. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!running()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log + "\n" + tail());
            }
            if (ready()) {
                lastStartup = Duration.between(startedAt, Instant.now());
                return;
            }
            try {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log + "\n" + tail());
    }

    public boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, then SIGKILL after the grace period. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            // A training run writes its AOT cache as it exits: a child JVM assembles it (15-30 s on two cores).
            if (!process.waitFor(training != null ? 120 : 15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        keepTrainedCache();
    }

    /** Whether the running JVM is a training run that writes the AOT cache when it stops. */
    public boolean training() {
        return training != null && running();
    }

    /** The JVM options of the class data a start uses, and the AOT cache it trains (null when it uses one or none). */
    record ClassData(List<String> options, Path training) {
    }

    private List<String> classDataOptions() {
        ClassData data = classData(Runtime.version().feature(), aotCache, jar,
                ProcessHandle.current().pid() + "-" + name);
        training = data.training();
        return data.options();
    }

    /**
     * The class data a JVM of {@code featureVersion} starts from: on JDK 25 and later with {@code aotCache}, the
     * AOT cache beside the jar ({@code app.aot}) when it is newer than the jar, else a training run writing one
     * to a file of its own (named with {@code trainingName}, moved in place once complete: see
     * keepTrainedCache); before JDK 25, the AppCDS archive the build wrote beside the jar
     * (quarkus.package.jar.appcds.enabled), written for the build's JVM and for the jar as the build ran it
     * (-jar quarkus-run.jar from its directory), so the JVM starts there too; -Xshare:auto (the default)
     * ignores an archive that does not fit.
     */
    static ClassData classData(int featureVersion, boolean aotCache, Path jar, String trainingName) {
        if (featureVersion >= JvmOptions.AOT_FEATURE_VERSION) {
            if (!aotCache) {
                return new ClassData(List.of(), null);
            }
            Path cache = jar.toAbsolutePath().resolveSibling(AOT_CACHE);
            if (isNewer(cache, jar)) {
                return new ClassData(List.of("-XX:AOTCache=" + cache), null);
            }
            Path training = cache.resolveSibling(AOT_CACHE + "." + trainingName + ".training");
            return new ClassData(List.of("-XX:AOTCacheOutput=" + training), training);
        }
        Path archive = jar.resolveSibling("app-cds.jsa");
        return new ClassData(Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of(), null);
    }

    /** {@code app.aot} beside the jar. */
    public Path aotCacheFile() {
        return jar.toAbsolutePath().resolveSibling(AOT_CACHE);
    }

    private static boolean isNewer(Path file, Path than) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** 0, or 143: the JVM ran its shutdown (and wrote its cache) after SIGTERM. */
    private static boolean endedNormally(int exitValue) {
        return exitValue == 0 || exitValue == 128 + 15;
    }

    /** After a training run ended normally: its cache becomes {@code app.aot} (atomically; a later training run replaces it). */
    private void keepTrainedCache() {
        Path trained = training;
        if (trained == null || process.isAlive()) {
            return;
        }
        training = null;
        try {
            if (endedNormally(process.exitValue()) && Files.isRegularFile(trained) && Files.size(trained) > 0) {
                Files.move(trained, aotCacheFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                // Killed, or ended by an error: whatever it left is no cache.
                Files.deleteIfExists(trained);
                Files.deleteIfExists(trained.resolveSibling(trained.getFileName() + ".config"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the AOT cache of " + name, e);
        }
    }

    /** SIGKILL: no shutdown hooks, as in a crash. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            keepTrainedCache();
        }
    }

    /**
     * Another instance of the same service on {@code port} (management on {@code managementPort}), sharing its
     * database and topics, with {@code overrides} over its environment.
     */
    public ServiceProcess sibling(int port, int managementPort, Map<String, String> overrides) {
        String siblingName = name + "-" + port;
        Map<String, String> siblingEnvironment = new java.util.LinkedHashMap<>(environment);
        siblingEnvironment.putAll(overrides);
        return new ServiceProcess(siblingName, jar, port, managementPort, siblingEnvironment,
                log.resolveSibling(siblingName + ".log"), jvmOptions, aotCache);
    }

    /** Resident set size in kB from /proc, or -1 where not available. */
    public long residentKilobytes() {
        return residentSet().map(ResidentSet::totalKilobytes).orElse(-1L);
    }

    /** The process's resident set now, empty when it is not running. */
    public Optional<ResidentSet> residentSet() {
        return ResidentSet.of(pid());
    }

    /** The boot time Quarkus logged at the last start ({@code started in 4.321s}), if it has logged it yet. */
    public Optional<Duration> reportedStartup() {
        Matcher matcher = STARTED_IN.matcher(logSinceStart());
        return matcher.find() ? Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(matcher.group(1)) * 1000)))
                : Optional.empty();
    }

    /** Whether the process has logged {@code text} since its last start. */
    public boolean loggedSinceStart(String text) {
        return logSinceStart().contains(text);
    }

    private String logSinceStart() {
        try (var channel = Files.newByteChannel(log)) {
            channel.position(logOffsetAtStart);
            return new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        stop();
    }
}
