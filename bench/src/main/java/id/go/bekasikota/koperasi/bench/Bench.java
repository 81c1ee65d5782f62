package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.stack.JvmOptions;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The benchmark of issue 8 ({@code ./bench/run}): starts the packaged suite on embedded servers
 * with the deployment image's JVM options, loads a national-scale register, drives each
 * operation at a constant rate and prints one table of latencies and one of figures and ratios,
 * each against its target. See {@code bench/README.md}.
 */
public final class Bench {

    /** The deployment's JVM options (stack's JvmOptions, as in every Dockerfile.jvm and ./suite); ServiceProcess adds the class data (AOT cache or AppCDS). */
    static final List<String> DEPLOYMENT_JVM_OPTIONS = JvmOptions.deployment("financing");
    /** The heap cap among JVM options. */
    static String heap(List<String> options) {
        return options.stream().filter(option -> option.startsWith("-Xmx")).findFirst().orElse("default heap");
    }

    /** The registry's, with its own heap cap. */
    static final List<String> REGISTRY_JVM_OPTIONS = JvmOptions.deployment("registry");
    /** Issue 20's target for a service's time to ready. */
    private static final double READY_TARGET_MS = 2_000;
    /** How many times each service is restarted alone for its time to ready. */
    private static final int RESTARTS = 3;
    /** The gateway's per-client limits are raised for the run: one load generator is one client. */
    static final Map<String, String> UNLIMITED_GATEWAY = Map.of(
            "KOPERASI_RATE_LIMITS_STANDARD_REQUESTS", "1000000000",
            "KOPERASI_RATE_LIMITS_STANDARD_ANONYMOUS_REQUESTS", "1000000000",
            "KOPERASI_RATE_LIMITS_PARTNER_REQUESTS", "1000000000",
            "KOPERASI_RATE_LIMITS_CALCULATOR_REQUESTS", "1000000000",
            "KOPERASI_RATE_LIMITS_CALCULATOR_ANONYMOUS_REQUESTS", "1000000000",
            "KOPERASI_LIMITS_IN_FLIGHT_PER_CLIENT", "1000000",
            "KOPERASI_LIMITS_CONNECTIONS_PER_ADDRESS", "1000000");
    /** The services' own limit for direct callers is raised too: the direct paths are measured from one address. */
    static final Map<String, String> UNLIMITED_SERVICE = Map.of("CLIENT_RATE_LIMIT_REQUESTS", "1000000000");
    private static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");
    /** The registry records the bulk-copied register in its changes feed soon after the copy (every 15 s it looks). */
    static final Map<String, String> REGISTRY_FEED_MAINTENANCE = Map.of("CHANGES_MAINTENANCE", "15s");
    /**
     * At national scale the standing evaluation (an operator's call after a bulk load) runs for
     * about a minute without writing a byte of its answer; the deployment's 30 s idle timeout cuts
     * such a connection (the evaluation goes on, unseen). The run waits for its answer instead.
     */
    static final Map<String, String> REGISTRY_LONG_ANSWERS = Map.of("HTTP_IDLE_TIMEOUT", "10m");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static Map<String, String> merged(Map<String, String> first, Map<String, String> second) {
        Map<String, String> all = new java.util.HashMap<>(first);
        all.putAll(second);
        return Map.copyOf(all);
    }

    private final BenchOptions options;
    /** {@code --data-operations-only}: the suite and the register, then issue 19's rows alone. */
    private final boolean dataOperationsOnly;
    private final List<LatencyResult> latencies = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final String officer = DevTokens.issue("officer", "bench@dev", null, null, Duration.ofHours(12));
    private final AtomicLong registrations = new AtomicLong();
    /** New cooperatives of the propagation step's imports, numbered apart from the registrations'. */
    private final AtomicLong imported = new AtomicLong();
    private String loadAtStart = "";
    private double pgInsertP99 = Double.NaN;

    /** {@code --gateway-only}: the suite and the register, then the read by id direct, through nginx and the gateway. */
    private final boolean gatewayOnly;
    /** {@code --propagation-only}: the suite and the register, then only the registrations and their propagation. */
    private final boolean propagationOnly;

    private Bench(BenchOptions options, boolean dataOperationsOnly, boolean gatewayOnly, boolean propagationOnly) {
        this.options = options;
        this.dataOperationsOnly = dataOperationsOnly;
        this.gatewayOnly = gatewayOnly;
        this.propagationOnly = propagationOnly;
    }

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        Path root = Path.of(System.getProperty("koperasi.suite.root", ".")).toAbsolutePath().normalize();
        List<String> rest = new ArrayList<>(List.of(args));
        boolean dataOperationsOnly = rest.remove("--data-operations-only");
        boolean gatewayOnly = rest.remove("--gateway-only");
        boolean propagationOnly = rest.remove("--propagation-only");
        BenchOptions options;
        try {
            options = BenchOptions.parse(root, rest.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        new Bench(options, dataOperationsOnly, gatewayOnly, propagationOnly).run();
    }

    private void run() throws IOException {
        Instant started = Instant.now();
        loadAtStart = loadAverage();
        LocalDate today = LocalDate.now(OFFICE);
        say("Starting the suite on Java " + Runtime.version() + " (deployment JVM options " + String.join(" ", DEPLOYMENT_JVM_OPTIONS)
                + "; the registry " + heap(REGISTRY_JVM_OPTIONS) + ") ...");
        try (LocalSuite suite = LocalSuite.start(options.root(), 0, 0,
                LocalSuite.Settings.deployment(Map.of("gateway", UNLIMITED_GATEWAY,
                        "registry", merged(merged(UNLIMITED_SERVICE, REGISTRY_FEED_MAINTENANCE),
                                options.national() ? REGISTRY_LONG_ANSWERS : Map.of()),
                        "financing", UNLIMITED_SERVICE, "awards", UNLIMITED_SERVICE, "notifications", UNLIMITED_SERVICE)), Bench::say);
             ConstantRateLoad load = new ConstantRateLoad(options.connections(), Duration.ofSeconds(30))) {
            // Interrupted (Ctrl-C, kill): the services, Kafka and PostgreSQL stop with the harness. Without the hook
            // a killed run left its services running, their clients retrying a broker that was gone, on the cores
            // the next run measured.
            Thread stopSuite = new Thread(suite::close, "bench-stop-suite");
            Runtime.getRuntime().addShutdownHook(stopSuite);
            try {
                measureAll(started, today, suite, load);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopSuite);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running already: it stops the suite.
                }
            }
        }
    }

    /** Every part of the run, on the started suite. */
    private void measureAll(Instant started, LocalDate today, LocalSuite suite, ConstantRateLoad load) throws IOException {
        figures.add(Figure.of("suite healthy (PostgreSQL, Kafka, 4 services, gateway)", suite.timeToHealthy().toMillis() / 1000.0, "s",
                Target.atMost(60, "s")));
        if (processes(suite).stream().anyMatch(ServiceProcess::training)) {
            phase(started, today, "AOT training", () -> trainAotCaches(suite, load));
        }
        for (ServiceProcess service : processes(suite)) {
            double boot = quarkusBootSeconds(service.tail());
            figures.add(new Figure(service.name() + " ready (all started together)", service.lastStartup().toMillis(), "ms",
                    Target.atMost(READY_TARGET_MS, "ms"), Double.isNaN(boot) ? "" : String.format(Locale.ROOT, "Quarkus reports started in %.1f s", boot)));
        }
        if (options.recoveryOnly()) {
            phase(started, today, "recovery", () -> recovery(suite, load));
            phase(started, today, "service logs", () -> keepLogs(suite));
            write(started, today, true);
            return;
        }

        RegisterLoader loader = new RegisterLoader(suite.postgres());
        List<SyntheticRegister.Cooperative> register = loadRegister(loader, today);
        awaitChangesFeed(loader);
        String gateway = suite.gatewayUrl();
        String registry = suite.service("registry").url();
        phase(started, today, "standing evaluation", () -> evaluateStandings(load, registry));
        phase(started, today, "vacuum", () -> {
            say("VACUUM (ANALYZE) of the register, as an operator does after a bulk load ...");
            figures.add(Figure.info("VACUUM (ANALYZE) of cooperative and annual_report after the load and the evaluation",
                    loader.vacuum().toMillis() / 1000.0, "s", "PostgreSQL shared_buffers "
                            + System.getProperty(EmbeddedPostgresServer.SHARED_BUFFERS, "128MB")));
        });
        if (dataOperationsOnly) {
            phase(started, today, "data operations", () -> dataOperations(load, loader, gateway,
                suite.service("registry").managementUrl(), register, today));
            phase(started, today, "service logs", () -> keepLogs(suite));
            write(started, today, true);
            return;
        }
        if (propagationOnly) {
            phase(started, today, "event propagation", () -> {
                propagationSteps(load, loader, suite);
            });
            phase(started, today, "resident set sizes", () -> figures.add(residentSetSize(suite.service("registry"))));
            phase(started, today, "service logs", () -> keepLogs(suite));
            write(started, today, true);
            return;
        }

        say("PostgreSQL's own single-row insert (JDBC loop) ...");
        Histogram insert = new PostgresInsertProbe(loader).run(1_000, 5_000);
        double insertsPerSecond = 1e6 / insert.getMean();
        LatencyResult pgInsert = LatencyResult.of("PostgreSQL single-row insert (JDBC, autocommit, 1 connection)",
                insertsPerSecond, insert.getTotalCount() / insertsPerSecond, insert, 0, Target.NONE)
                .withNote("closed loop, one after another");
        latencies.add(pgInsert);
        pgInsertP99 = pgInsert.p99();

        Random random = new Random(7);
        List<UUID> ids = new ArrayList<>(register.stream().map(SyntheticRegister.Cooperative::id).toList());
        Collections.shuffle(ids, random);
        int f = StandingRules.latestDueYear(today);
        List<UUID> toFile = new ArrayList<>(register.stream()
                .filter(c -> c.dissolvedOn() == null && c.foundedOn().getYear() < f && !c.hasReport(f))
                .map(SyntheticRegister.Cooperative::id).toList());
        Collections.shuffle(toFile, random);
        List<String> terms = searchTerms();

        ConstantRateLoad.Call searchByName = i -> load.get(gateway + "/api/v1/cooperatives?name="
                + terms.get((int) (i % terms.size())).replace(" ", "%20"));
        ConstantRateLoad.Call searchByStatus = i -> load.get(gateway + "/api/v1/cooperatives?kecamatanCode="
                + SyntheticRegister.KECAMATAN[(int) (i % 12)] + "&status=" + (i % 2 == 0 ? "INACTIVE" : "ACTIVE") + "&sort=assets&page=" + (1 + i % 3));
        ConstantRateLoad.Call readViaGateway = i -> load.get(gateway + "/api/v1/cooperatives/" + ids.get((int) (i % ids.size())));
        ConstantRateLoad.Call readDirect = i -> load.get(registry + "/api/v1/cooperatives/" + ids.get((int) (i % ids.size())));
        ConstantRateLoad.Call dashboard = i -> load.get(gateway + "/api/v1/statistics/activation?asOf=" + today);
        ConstantRateLoad.Call economyToday = i -> load.get(gateway + "/api/v1/statistics/economy?asOf=" + today);
        ConstantRateLoad.Call economyYearAgo = i -> load.get(gateway + "/api/v1/statistics/economy?asOf=" + today.minusYears(1));
        AtomicLong filed = new AtomicLong();
        ConstantRateLoad.Call fileReport = i -> load.request(HttpMethod.POST, gateway + "/api/v1/cooperatives/"
                        + toFile.get((int) (filed.getAndIncrement() % toFile.size())) + "/annual-reports")
                .bearerTokenAuthentication(officer)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(report(f)));

        // The JIT of four fresh JVMs: reads on both paths before anything is measured.
        Duration warmUp = options.warmUp().isZero() ? Duration.ofSeconds(1) : options.warmUp();
        phase(started, today, "warm-up", () -> {
            say("Warm-up: read by id direct and through the gateway at 200/s, search at 10/s, " + 2 * warmUp.toSeconds() + " s each");
            load.run("warm-up", new Schedule(200, warmUp.multipliedBy(2)), readDirect, 200, Target.NONE);
            load.run("warm-up", new Schedule(200, warmUp.multipliedBy(2)), readViaGateway, 200, Target.NONE);
            load.run("warm-up", new Schedule(10, warmUp.multipliedBy(2)), searchByName, 200, Target.NONE);
        });
        if (gatewayOnly) {
            phase(started, today, "gateway vs direct", () -> gatewayVersusDirect(load, suite, registry, gateway, ids));
            phase(started, today, "saturation", () -> saturation(registry, gateway, ids));
            phase(started, today, "resident set sizes", () -> figures.add(residentSetSize(suite.service("gateway"))));
            phase(started, today, "service logs", () -> keepLogs(suite));
            write(started, today, true);
            return;
        }
        // Issue 18 first: the webhook run adds a few hundred registrations, the feed read touches nothing.
        PartnerIntegrations partners = new PartnerIntegrations(load, officer, Bench::say);
        boolean local = !options.national();
        if (local) {
            phase(started, today, "webhooks", () -> partners.webhookLatency(gateway, registry, options.duration(), options.warmUp(),
                    Bench::newCooperative).forEach(row -> {
                        say("  " + summary(row));
                        latencies.add(row);
                    }));
            phase(started, today, "changes feed", () -> {
                PartnerIntegrations.Result feed = partners.changesFeed(gateway, options.duration(), options.warmUp());
                say("  " + summary(feed.pages()));
                latencies.add(feed.pages());
                figures.add(Figure.info("changes feed read from the start (system role, pages of 1,000)", feed.fullReadSeconds(), "s",
                        feed.changes() + " changes"));
            });
        }
        phase(started, today, "operations", () -> {
            measure(load, "public search by name (anonymous, gateway)", options.searchRate(), searchByName, 200, Target.p95(50));
            measure(load, "search by kecamatan + status, sorted by assets (gateway)", options.statusSearchRate(), searchByStatus, 200, Target.p95(50));
            measure(load, "cooperative read by id (anonymous, gateway)", options.readRate(), readViaGateway, 200, Target.NONE);
            measure(load, "activation dashboard asOf=today (gateway)", options.dashboardRate(), dashboard, 200, Target.p95(100));
            measure(load, "economic indicators asOf=today (gateway)", options.economyRate(), economyToday, 200, Target.p95(200));
            measure(load, "economic indicators asOf=a year ago (gateway)", options.economyRate(), economyYearAgo, 200, Target.p95(200));
            LatencyResult filing = measure(load, "annual report filing (officer, gateway)", options.writeRate(), fileReport, 201, Target.NONE);
            figures.add(Figure.info("annual report filing p99 / PostgreSQL single-row insert p99", filing.p99() / pgInsert.p99(), "x",
                    "both in this run"));
            loans(load, loader, suite.service("financing").url(), gateway, register, today);
        });
        ConstantRateLoad.Call registration = i -> load.request(HttpMethod.POST, registry + "/api/v1/cooperatives")
                .bearerTokenAuthentication(officer)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(newCooperative(registrations.incrementAndGet())));
        // A report of F for a cooperative that had none (from the other end of the list the filing row above took from):
        // it becomes the cooperative's counted report and moves F's year in the trend.
        ConstantRateLoad.Call filingOfF = i -> load.request(HttpMethod.POST, registry + "/api/v1/cooperatives/"
                        + toFile.get((int) (toFile.size() - 1 - i % toFile.size())) + "/annual-reports")
                .bearerTokenAuthentication(officer)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(report(f)));
        phase(started, today, "dashboard after a write", () -> coldDashboards(load, gateway, "activation dashboard",
                "/api/v1/statistics/activation?asOf=" + today, Target.p95(100), registration, "a registration"));
        phase(started, today, "economic indicators after a write", () -> coldDashboards(load, gateway, "economic indicators",
                "/api/v1/statistics/economy?asOf=" + today, Target.p95(200), filingOfF, "a report filing"));
        phase(started, today, "path to 65%", () -> pathToTarget(load, gateway, registry, register, today));
        phase(started, today, "bulk import", () -> bulkImport(load, gateway));
        if (local) {
            phase(started, today, "data operations", () -> dataOperations(load, loader, gateway,
                    suite.service("registry").managementUrl(), register, today));
            phase(started, today, "gateway vs direct", () -> gatewayVersusDirect(load, suite, registry, gateway, ids));
            phase(started, today, "saturation", () -> saturation(registry, gateway, ids));
        }
        phase(started, today, "event propagation", () -> {
            propagationSteps(load, loader, suite);
        });
        phase(started, today, "resident set sizes", () -> {
            for (ServiceProcess service : processes(suite)) {
                figures.add(residentSetSize(service));
            }
        });
        phase(started, today, "database size", () -> databaseSizes(loader));
        phase(started, today, "query plans", () -> queryPlans(loader, today));
        if (local) {
            phase(started, today, "recovery", () -> recovery(suite, load));
        }
        phase(started, today, "restarts", () -> restartAlone(suite));
        phase(started, today, "service logs", () -> keepLogs(suite));
        write(started, today, true);
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws IOException;
    }

    /** Runs one part of the benchmark; a failure is recorded and the rest still runs. The results are written after each part. */
    private void phase(Instant started, LocalDate today, String name, Phase phase) throws IOException {
        try {
            phase.run();
        } catch (RuntimeException e) {
            say("The " + name + " part failed: " + e);
            figures.add(Figure.info(name, Double.NaN, "", "failed: " + e.getMessage()));
        }
        write(started, today, false);
    }

    private static List<ServiceProcess> processes(LocalSuite suite) {
        return LocalSuite.PROCESSES.stream().map(suite::service).toList();
    }

    private List<SyntheticRegister.Cooperative> loadRegister(RegisterLoader loader, LocalDate today) {
        say("Generating " + options.cooperatives() + " cooperatives with about " + options.reports() + " annual reports ...");
        List<SyntheticRegister.Cooperative> register = SyntheticRegister.generate(options.cooperatives(), options.reports(), today, 20190402L);
        long copyStarted = System.nanoTime();
        long reports = loader.load(register, today, Bench::say);
        double copySeconds = (System.nanoTime() - copyStarted) / 1e9;
        say(String.format(Locale.ROOT, "Copied %d cooperatives and %d reports into the registry in %.1f s (%.1f%% active); "
                + "waiting for the outbox relay and the projections ...", register.size(), reports, copySeconds,
                100 * SyntheticRegister.activeShare(register)));
        Duration feed = loader.awaitProjections(register.size(), Duration.ofMinutes(45), Bench::say);
        double total = copySeconds + feed.toMillis() / 1000.0;
        figures.add(Figure.info("register loaded (COPY into registry)", copySeconds, "s",
                register.size() + " cooperatives, " + reports + " reports"));
        // The relay publishes and the consumers apply while the COPY still runs: the rate is over both.
        figures.add(Figure.info("projections fed through Kafka (financing and awards), after the COPY", feed.toMillis() / 1000.0, "s",
                String.format(Locale.ROOT, "fed from the COPY's first chunk on: %.0f events/s per consumer over the COPY and this",
                        register.size() / total)));
        say(String.format(Locale.ROOT, "Register ready in %.1f s.", total));
        return register;
    }

    /**
     * The copied register reaches the changes feed through the registry's maintenance job (rows
     * written around the service); the time it takes is a figure, and nothing is measured before.
     */
    private void awaitChangesFeed(RegisterLoader loader) {
        long started = System.nanoTime();
        long cooperatives = loader.count("registry", "select count(*) from cooperative");
        long recorded = 0;
        while (System.nanoTime() - started < TimeUnit.MINUTES.toNanos(30)) {
            recorded = loader.count("registry", "select count(distinct cooperative_id) from cooperative_change");
            if (recorded >= cooperatives) {
                break;
            }
            RegisterLoader.sleep(1_000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        say(String.format(Locale.ROOT, "Changes feed holds %d of %d cooperatives after %.1f s", recorded, cooperatives, seconds));
        figures.add(Figure.info("changes feed: the copied register recorded by the maintenance job", seconds, "s",
                recorded + " of " + cooperatives + " cooperatives (rows copied around the service)"));
    }

    private LatencyResult measure(ConstantRateLoad load, String operation, double rate, ConstantRateLoad.Call call, int status, Target target) {
        if (rate <= 0) {
            LatencyResult skipped = LatencyResult.notAvailable(operation, "rate 0: not run");
            latencies.add(skipped);
            return skipped;
        }
        if (!options.warmUp().isZero()) {
            say(operation + ": warm-up " + options.warmUp().toSeconds() + " s at " + rate + "/s");
            load.run(operation, new Schedule(rate, options.warmUp()), call, status, Target.NONE);
        }
        say(operation + ": " + options.duration().toSeconds() + " s at " + rate + "/s");
        LatencyResult result = load.run(operation, new Schedule(rate, options.duration()), call, status, target);
        say("  " + summary(result) + " [load average " + loadAverage() + "]");
        latencies.add(result);
        return result;
    }

    /** Financing's application API is measured only where it exists. */
    /**
     * What the daily job does at 00:05 and an operator does after a bulk load
     * ({@code POST /api/v1/statistics/standing-evaluations}): every standing as of today, which also
     * lets searches by status read the published, indexed standing.
     */
    private void evaluateStandings(ConstantRateLoad load, String registry) {
        say("Standing evaluation of the whole register (POST /api/v1/statistics/standing-evaluations) ...");
        long started = System.nanoTime();
        try {
            var answer = load.request(HttpMethod.POST, registry + "/api/v1/statistics/standing-evaluations")
                    .timeout(600_000)
                    .bearerTokenAuthentication(officer)
                    .send().toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - started) / 1e9;
            String body = answer.bodyAsString();
            figures.add(Figure.info("standing evaluation of the register (daily job, by API)", seconds, "s",
                    "HTTP " + answer.statusCode() + " " + (body == null ? "" : body.substring(0, Math.min(120, body.length())))
                            + (options.national() ? "; the registry's HTTP idle timeout raised to 10 min for the answer" : "")));
        } catch (Exception e) {
            throw new IllegalStateException("standing evaluation: " + e.getMessage(), e);
        }
    }

    /**
     * The dashboard and the economic indicators are cached per register revision, so the
     * constant-rate runs above mostly read the cache. Here each one follows a write that changes it
     * (the dashboard a registration, the economic indicators a report filing), the way it is asked
     * during office hours: the first request after a change, which the registry answers without its
     * cache (the dashboard from the figures it keeps for today and the trend's year-ends; the economic
     * indicators from the counted figures kept for today with the written cooperative read again, and
     * the trend's tally).
     */
    private void coldDashboards(ConstantRateLoad load, String gateway, String what, String path, Target target,
                                ConstantRateLoad.Call write, String writeName) {
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        long errors = 0;
        int warmUp = 3;
        int samples = 20;
        say(what + " after a write, " + warmUp + " times unmeasured (as every operation is warmed up), then " + samples + " times ...");
        for (int i = 0; i < warmUp + samples; i++) {
            try {
                var written = write.send(i).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                long sent = System.nanoTime();
                var answer = load.get(gateway + path)
                        .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
                if (i < warmUp) {
                    continue;
                }
                if (written.statusCode() == 201 && answer.statusCode() == 200) {
                    micros.recordValue((System.nanoTime() - sent) / 1000);
                } else {
                    errors++;
                }
            } catch (Exception e) {
                errors++;
            }
            RegisterLoader.sleep(500);
        }
        LatencyResult result = LatencyResult.of(what + " after a write (cache miss, gateway)", Double.NaN, 0, micros,
                errors, target);
        result = new LatencyResult(result.operation(), 1, 1, result.successes(), result.errors(), result.p50(), result.p95(),
                result.p99(), result.max(), result.target(), samples + " samples, one after another, each after " + writeName);
        say("  " + summary(result));
        latencies.add(result);
    }

    /** Issue 19: the rebuild of a projection of the whole register, and the reconciliation of an ODS export of it. */
    private void dataOperations(ConstantRateLoad load, RegisterLoader loader, String gateway, String registryManagement,
                                List<SyntheticRegister.Cooperative> register, LocalDate today) {
        DataOperations operations = new DataOperations(load, gateway, officer, Bench::say);
        figures.addAll(operations.rebuild(loader));
        figures.addAll(operations.reconciliation(registryManagement, register, today));
    }

    /**
     * Issue 17's rows: the office's worklist (whole register and per kecamatan), the early warning
     * before 1 July and a what-if scenario of 1,000 actions at a constant rate (the worklist and
     * the at-risk list are kept per register revision, so these mostly read what the first request
     * computed); then each after a write, as the office asks them during the day (the kept worklist and
     * at-risk list take the write in; the scenario is computed again);
     * and the XLSX of the whole register's worklist, each download after a write (direct to the registry).
     */
    private void pathToTarget(ConstantRateLoad load, String gateway, String registry, List<SyntheticRegister.Cooperative> register,
                              LocalDate today) {
        String worklist = gateway + "/api/v1/statistics/activation/worklist?asOf=" + today;
        String atRisk = gateway + "/api/v1/statistics/activation/at-risk";
        int f = StandingRules.latestDueYear(today);
        List<String> actions = new ArrayList<>();
        for (SyntheticRegister.Cooperative c : register) {
            if (actions.size() == 1_000) {
                break;
            }
            if (c.dissolvedOn() == null && c.foundedOn().getYear() <= f) {
                actions.add(actions.size() % 10 == 9
                        ? "{\"type\": \"DISSOLVE\", \"cooperativeId\": \"%s\", \"dissolvedOn\": \"%s\"}".formatted(c.id(), today)
                        : "{\"type\": \"FILE_REPORT\", \"cooperativeId\": \"%s\", \"financialYear\": %d, \"meetingDate\": \"%s\"}"
                        .formatted(c.id(), f, today));
            }
        }
        Buffer scenario = Buffer.buffer("{\"asOf\": \"" + today + "\", \"actions\": [" + String.join(", ", actions) + "]}");
        ConstantRateLoad.Call pages = i -> load.request(HttpMethod.GET, worklist + "&page=" + (1 + i % 5)).bearerTokenAuthentication(officer).send();
        ConstantRateLoad.Call kecamatan = i -> load.request(HttpMethod.GET, worklist + "&kecamatanCode=" + SyntheticRegister.KECAMATAN[(int) (i % 12)])
                .bearerTokenAuthentication(officer).send();
        ConstantRateLoad.Call warning = i -> load.request(HttpMethod.GET, atRisk + "?page=" + (1 + i % 5)).bearerTokenAuthentication(officer).send();
        ConstantRateLoad.Call whatIf = i -> load.request(HttpMethod.POST, gateway + "/api/v1/statistics/activation/scenarios")
                .bearerTokenAuthentication(officer).putHeader("Content-Type", "application/json").sendBuffer(scenario);
        double rate = options.planningRate();
        measure(load, "worklist, whole register, a page (officer, gateway)", rate, pages, 200, Target.p95(200));
        measure(load, "worklist per kecamatan, 12 scopes in turn (officer, gateway)", rate, kecamatan, 200, Target.p95(200));
        measure(load, "at-risk list before 1 July, a page (officer, gateway)", rate, warning, 200, Target.p95(200));
        measure(load, "scenario of " + actions.size() + " actions (officer, gateway)", rate, whatIf, 200, Target.p95(200));

        Map<String, ConstantRateLoad.Call> afterWrite = new java.util.LinkedHashMap<>();
        afterWrite.put("worklist after a write (the write taken in, gateway)", pages);
        afterWrite.put("at-risk list after a write (the write taken in, gateway)", warning);
        afterWrite.put("scenario of " + actions.size() + " actions after a write (gateway)", whatIf);
        for (Map.Entry<String, ConstantRateLoad.Call> operation : afterWrite.entrySet()) {
            Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            long errors = 0;
            int samples = 15;
            say(operation.getKey() + ": 3 unmeasured, then " + samples + " samples, each after a registration ...");
            for (int i = 0; i < 3 + samples; i++) {
                try {
                    registerOne(load, registry);
                    long sent = System.nanoTime();
                    var answer = operation.getValue().send(i).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
                    if (i >= 3 && answer.statusCode() == 200) {
                        micros.recordValue((System.nanoTime() - sent) / 1000);
                    } else if (i >= 3) {
                        errors++;
                    }
                } catch (Exception e) {
                    errors++;
                }
            }
            LatencyResult result = LatencyResult.of(operation.getKey(), Double.NaN, 0, micros, errors, Target.p95(200));
            result = new LatencyResult(result.operation(), 1, 1, result.successes(), result.errors(), result.p50(), result.p95(),
                    result.p99(), result.max(), result.target(), samples + " samples, one after another, each after a registration");
            say("  " + summary(result));
            latencies.add(result);
        }

        // Direct to the registry: the gateway gives an upstream 10 s (koperasi.services.*.timeout) before a 504,
        // and this measures how long the registry takes to write the workbook.
        double slowest = 0;
        long size = 0;
        for (int i = 0; i < 5; i++) {
            try {
                registerOne(load, registry);
                long sent = System.nanoTime();
                var answer = load.request(HttpMethod.GET, registry + "/api/v1/statistics/activation/worklist?asOf=" + today)
                        .timeout(120_000).bearerTokenAuthentication(officer)
                        .putHeader("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .send().toCompletionStage().toCompletableFuture().get(3, TimeUnit.MINUTES);
                double seconds = (System.nanoTime() - sent) / 1e9;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + answer.statusCode());
                }
                size = answer.body().length();
                slowest = Math.max(slowest, seconds);
                say(String.format(Locale.ROOT, "  XLSX of the whole register's worklist: %.2f s, %d bytes", seconds, size));
            } catch (Exception e) {
                throw new IllegalStateException("worklist XLSX: " + e.getMessage(), e);
            }
        }
        figures.add(new Figure("XLSX of the whole register's worklist (registry direct), slowest of 5, each after a write", slowest, "s",
                Target.atMost(5, "s"), size + " bytes"));
    }

    /** One registration direct to the registry: moves the register's revision, as any write does. */
    private void registerOne(ConstantRateLoad load, String registry) throws Exception {
        load.request(HttpMethod.POST, registry + "/api/v1/cooperatives")
                .bearerTokenAuthentication(officer)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(newCooperative(registrations.incrementAndGet())))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /**
     * Issue 3's bulk import: the office's spreadsheet of 10,000 new cooperatives through the gateway
     * (all-or-nothing, every row validated, one transaction), then the same file again, which must
     * change nothing.
     */
    private void bulkImport(ConstantRateLoad load, String gateway) {
        int rows = 10_000;
        StringBuilder csv = new StringBuilder(
                "cooperativeNumber,name,jenis,bentuk,kelompok,kbliCode,kbliEdition,savingsLoanScope,address,kecamatanCode,foundedOn,email\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format(Locale.ROOT, "3277%010d,\"Koperasi Karyawan Impor %d\",SIMPAN_PINJAM,PRIMER,COMPANY_EMPLOYEES,64141,2020,"
                    + "CLOSED_LOOP,\"Jl. Raya Narogong Km. %d\",%s,%d-02-17,impor%d@example.id%n", i, i, 1 + i % 40,
                    SyntheticRegister.KECAMATAN[i % 12], 2000 + i % 20, i));
        }
        Buffer file = Buffer.buffer(csv.toString());
        for (String run : List.of("first time", "again (idempotent)")) {
            say("Bulk import of " + rows + " rows, " + run + " ...");
            long sent = System.nanoTime();
            try {
                var answer = load.request(HttpMethod.POST, gateway + "/api/v1/cooperative-imports?mode=ALL_OR_NOTHING")
                        .timeout(120_000)
                        .bearerTokenAuthentication(officer)
                        .putHeader("Content-Type", "text/csv")
                        .sendBuffer(file).toCompletionStage().toCompletableFuture().get(3, TimeUnit.MINUTES);
                double seconds = (System.nanoTime() - sent) / 1e9;
                var report = answer.bodyAsJsonObject();
                String counts = answer.statusCode() == 201
                        ? report.getInteger("created") + " created, " + report.getInteger("updated") + " updated, "
                        + report.getInteger("unchanged") + " unchanged, " + report.getInteger("rejected") + " rejected"
                        : "HTTP " + answer.statusCode();
                figures.add(new Figure("bulk import of " + rows + " rows (CSV, all-or-nothing, gateway), " + run,
                        answer.statusCode() == 201 ? seconds : Double.NaN, "s",
                        Target.atMost(30, "s"), counts));
                say(String.format(Locale.ROOT, "  %.1f s: %s", seconds, counts));
            } catch (Exception e) {
                throw new IllegalStateException("bulk import: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The loan book (programs through the API, applications copied in), then loan application
     * submission (a write that checks eligibility against financing's projection of the register)
     * and a partner's list of the applications forwarded to it.
     */
    private void loans(ConstantRateLoad load, RegisterLoader loader, String financing, String gateway, List<SyntheticRegister.Cooperative> register,
                       LocalDate today) {
        String submit = "loan application submit (officer, eligibility, gateway)";
        String partnerList = "partner list of forwarded applications (bank-bjb, gateway)";
        if (!financingHasApplications(load, financing)) {
            latencies.add(LatencyResult.notAvailable(submit, "financing-service has no loan-application API"));
            latencies.add(LatencyResult.notAvailable(partnerList, "financing-service has no loan-application API"));
            return;
        }
        LoanBook book = new LoanBook(loader);
        long started = System.nanoTime();
        List<LoanBook.Program> programs = book.programs(load, financing, officer, today);
        LoanBook.Loaded loaded = book.load(register, programs, options.loanApplications(), today);
        figures.add(Figure.info("loan book loaded (3 programs by API, applications by COPY)", (System.nanoTime() - started) / 1e9, "s",
                loaded.applications().size() + " applications, forwarded " + loaded.forwardedPerPartner()));
        say("Loan book: " + loaded.applications().size() + " applications, " + loaded.eligibleDrafts().size()
                + " drafts of eligible cooperatives, forwarded per partner " + loaded.forwardedPerPartner());

        AtomicLong submitted = new AtomicLong();
        List<UUID> drafts = loaded.eligibleDrafts();
        ConstantRateLoad.Call submitCall = i -> load.request(HttpMethod.POST, gateway + "/api/v1/loan-applications/"
                        + drafts.get((int) (submitted.getAndIncrement() % drafts.size())) + "/submit")
                .bearerTokenAuthentication(officer)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer("{}"));
        LatencyResult result = measure(load, submit, options.writeRate(), submitCall, 200, Target.NONE);
        if (submitted.get() > drafts.size()) {
            latencies.set(latencies.size() - 1, result.withNote(result.note() + (result.note().isEmpty() ? "" : "; ")
                    + "only " + drafts.size() + " eligible drafts: later submissions repeat one (409)"));
        }
        String bank = DevTokens.issue("partner", "analis@bank-bjb", "bank-bjb", null, Duration.ofHours(12));
        long pages = Math.max(1, loaded.forwardedPerPartner().getOrDefault("bank-bjb", 0L) / 20);
        ConstantRateLoad.Call listCall = i -> load.request(HttpMethod.GET, gateway + "/api/v1/partner/loan-applications?page="
                        + (1 + i % Math.min(pages, 10)))
                .bearerTokenAuthentication(bank)
                .send();
        measure(load, partnerList, options.partnerRate(), listCall, 200, Target.p95(50));

        // Issue 4's figure: the full schedule of a 120-month loan (the public calculator), both methods.
        ConstantRateLoad.Call simulationCall = i -> load.request(HttpMethod.POST, gateway + "/api/v1/loan-simulations")
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer("{\"amount\": " + (5_000_000_000L + i) + ", \"annualRate\": 0.055, \"tenorMonths\": 120, "
                        + "\"method\": \"" + (i % 2 == 0 ? "DECLINING_BALANCE" : "FLAT") + "\", \"disbursementDate\": \"2026-01-31\"}"));
        measure(load, "loan simulation, 120 monthly installments (anonymous, gateway)", options.partnerRate(), simulationCall, 200,
                Target.NONE);
    }

    private static boolean financingHasApplications(ConstantRateLoad load, String financing) {
        try {
            var answer = load.get(financing + "/q/openapi?format=json").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return answer.bodyAsString().contains("/api/v1/loan-applications");
        } catch (Exception e) {
            return false;
        }
    }

    /** The CPU time used so far by each process of the suite that an event passes through, by name. */
    private static Map<String, Duration> cpuTimes(LocalSuite suite) {
        Map<String, Duration> times = new java.util.LinkedHashMap<>();
        for (String service : List.of("registry", "financing", "awards", "notifications")) {
            times.put(service, cpuTime(suite.service(service)));
        }
        times.put("PostgreSQL", ProcessCpu.ofTree(postmaster(suite.postgres().dataDirectory())));
        times.put("Kafka", ProcessCpu.ofTree(suite.kafka().pid()));
        return times;
    }

    /** PostgreSQL's postmaster: the first line of its {@code postmaster.pid} (pg_ctl, which started it, has ended). */
    private static long postmaster(Path dataDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The CPU time a service's JVM has used so far (none where the system does not tell). */
    private static Duration cpuTime(ServiceProcess process) {
        return ProcessCpu.ofTree(process.pid());
    }

    /**
     * Issues 6 and 20: the read by id direct to the registry, through nginx as a plain reverse proxy to the same
     * registry, and through the gateway, side by side: saturation ramps (at each rate one step of each path), then
     * the three at half the direct saturation in turn, twice. The gateway is held to issue 20's targets (added p99
     * at most 1.10x, added p50 at most 0.3 ms, saturation throughput at least 0.95x); nginx's figures stand beside
     * them as what a proxy users already trust costs on the same machine.
     */
    private void gatewayVersusDirect(ConstantRateLoad load, LocalSuite suite, String registry, String gateway, List<UUID> ids) {
        Nginx nginx = Nginx.installed() ? Nginx.start(URI.create(registry).getPort()) : null;
        try {
            Map<String, ConstantRateLoad.Call> paths = new java.util.LinkedHashMap<>();
            paths.put("direct", read(load, registry, ids));
            if (nginx != null) {
                paths.put("nginx", read(load, nginx.url(), ids));
            } else {
                latencies.add(LatencyResult.notAvailable("read by id at half saturation, nginx", "nginx is not installed (./bench/run installs it)"));
            }
            paths.put("gateway", read(load, gateway, ids));
            Duration warmUp = options.warmUp().isZero() ? Duration.ofSeconds(1) : options.warmUp();
            say("Warm-up of every path at 300/s, " + warmUp.toSeconds() + " s each ...");
            paths.values().forEach(path -> load.run("warm-up", new Schedule(300, warmUp), path, 200, Target.NONE));
            say("Saturation ramps of the read by id, " + String.join(", ", paths.keySet()) + " side by side (x1.5 per step from 100/s) ...");
            Map<String, List<LatencyResult>> ramps = load.ramp(paths, 100, 1.5, 6_000, options.rampStep(), s -> say("  " + summary(s)));
            Map<String, Double> capacity = new java.util.LinkedHashMap<>();
            ramps.forEach((path, steps) -> capacity.put(path, ConstantRateLoad.capacity(steps)));
            capacity.forEach((path, value) -> figures.add(Figure.info("read by id saturation, " + describe(path), value, "req/s",
                    "short ramp x1.5 from 100/s")));
            figures.add(Figure.of("gateway/direct saturation throughput", capacity.get("gateway") / capacity.get("direct"), "x",
                    Target.atLeast(0.95, "x")));
            if (capacity.containsKey("nginx")) {
                figures.add(Figure.info("nginx/direct saturation throughput", capacity.get("nginx") / capacity.get("direct"), "x",
                        "the same ramp"));
            }

            double rate = Math.max(10, Math.round(capacity.get("direct") / 2));
            RegisterLoader.sleep(2_000);
            Map<String, Histogram> micros = new java.util.LinkedHashMap<>();
            Map<String, long[]> errors = new java.util.LinkedHashMap<>();
            Map<String, double[]> seconds = new java.util.LinkedHashMap<>();
            paths.keySet().forEach(path -> {
                micros.put(path, new Histogram(TimeUnit.MINUTES.toMicros(5), 3));
                errors.put(path, new long[1]);
                seconds.put(path, new double[1]);
            });
            // CPU time of the process that answers (the registry) and of the proxy in front of it, per request.
            Map<String, java.util.function.Supplier<Duration>> proxyCpu = new java.util.LinkedHashMap<>();
            proxyCpu.put("gateway", () -> cpuTime(suite.service("gateway")));
            if (nginx != null) {
                proxyCpu.put("nginx", nginx::cpuTime);
            }
            Map<String, double[]> cpu = new java.util.LinkedHashMap<>();
            paths.keySet().forEach(path -> cpu.put(path, new double[3]));
            Duration part = options.duration().dividedBy(2);
            for (int round = 0; round < 2; round++) {
                say("Read by id at half saturation (" + rate + "/s), round " + (round + 1) + ": " + String.join(", then ", paths.keySet()));
                for (Map.Entry<String, ConstantRateLoad.Call> path : paths.entrySet()) {
                    Duration registryBefore = cpuTime(suite.service("registry"));
                    Duration proxyBefore = proxyCpu.getOrDefault(path.getKey(), () -> Duration.ZERO).get();
                    LatencyResult step = load.run(path.getKey(), new Schedule(rate, part), path.getValue(), 200, Target.NONE,
                            micros.get(path.getKey()));
                    double[] used = cpu.get(path.getKey());
                    used[0] += cpuTime(suite.service("registry")).minus(registryBefore).toNanos() / 1e6;
                    used[1] += proxyCpu.getOrDefault(path.getKey(), () -> Duration.ZERO).get().minus(proxyBefore).toNanos() / 1e6;
                    used[2] += step.successes();
                    say("  " + path.getKey() + " " + summary(step));
                    errors.get(path.getKey())[0] += step.errors();
                    seconds.get(path.getKey())[0] += step.achieved() > 0 ? step.successes() / step.achieved() : 0;
                }
            }
            cpu.forEach((path, used) -> {
                if (used[2] > 0) {
                    figures.add(Figure.info("registry CPU per read at half saturation, " + describe(path), used[0] / used[2], "ms",
                            String.format(Locale.ROOT, "%.0f ms of CPU over %.0f reads", used[0], used[2])));
                    if (proxyCpu.containsKey(path)) {
                        figures.add(Figure.info(path + " CPU per read at half saturation", used[1] / used[2], "ms",
                                String.format(Locale.ROOT, "the proxy's own process%s: %.0f ms of CPU over %.0f reads",
                                        path.equals("nginx") ? "es" : "", used[1], used[2])));
                    }
                }
            });
            Map<String, LatencyResult> half = new java.util.LinkedHashMap<>();
            for (String path : paths.keySet()) {
                LatencyResult row = LatencyResult.of("read by id at half saturation, " + describe(path), rate, seconds.get(path)[0],
                        micros.get(path), errors.get(path)[0], Target.NONE);
                half.put(path, row);
                latencies.add(row);
            }
            LatencyResult d = half.get("direct");
            for (String proxy : List.of("gateway", "nginx")) {
                LatencyResult p = half.get(proxy);
                if (p == null) {
                    continue;
                }
                boolean gatewayRow = proxy.equals("gateway");
                figures.add(gatewayRow ? Figure.of("gateway/direct p99 at half saturation", p.p99() / d.p99(), "x", Target.atMost(1.10, "x"))
                        : Figure.info("nginx/direct p99 at half saturation", p.p99() / d.p99(), "x", "the same rate, in turn"));
                String note = String.format(Locale.ROOT, "adds %.2f ms at p99; p50 %.2fx", p.p99() - d.p99(), p.p50() / d.p50());
                figures.add(gatewayRow ? new Figure("gateway adds at p50 at half saturation", p.p50() - d.p50(), "ms", Target.atMost(0.3, "ms"), note)
                        : Figure.info("nginx adds at p50 at half saturation", p.p50() - d.p50(), "ms", note));
                figures.add(Figure.info(proxy + "/direct throughput at half saturation", p.achieved() / d.achieved(), "x", "same offered rate"));
            }
        } finally {
            if (nginx != null) {
                nginx.close();
            }
        }
    }

    /** The read by id of the register's cooperatives, in turn, from {@code base} (anonymous). */
    private static ConstantRateLoad.Call read(ConstantRateLoad load, String base, List<UUID> ids) {
        return i -> load.get(base + "/api/v1/cooperatives/" + ids.get((int) (i % ids.size())));
    }

    private static String describe(String path) {
        return switch (path) {
            case "direct" -> "direct to registry";
            case "nginx" -> "through nginx (reverse proxy)";
            default -> "through the gateway";
        };
    }

    /**
     * Issue 22's saturation rows: the read by id as a load tool drives it (closed loop, 16, 64 and 256
     * keep-alive connections), direct to the registry, through nginx as a plain reverse proxy to the same
     * registry, and through the gateway, side by side; every answer counted by status. A healthy service
     * behind the gateway must see no 5xx at all.
     */
    private void saturation(String registry, String gateway, List<UUID> ids) {
        Duration each = options.duration().compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : options.duration();
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        paths.put("direct to registry", registry);
        Nginx nginx = null;
        if (Nginx.installed()) {
            nginx = Nginx.start(URI.create(registry).getPort());
            paths.put("nginx (reverse proxy)", nginx.url());
        } else {
            latencies.add(LatencyResult.notAvailable("read by id saturation, nginx", "nginx is not installed (./bench/run installs it)"));
        }
        paths.put("through the gateway", gateway);
        long gateway5xx = 0;
        try {
            for (int connections : List.of(16, 64, 256)) {
                say("Saturation, closed loop with " + connections + " connections, " + each.toSeconds() + " s per path ...");
                for (Map.Entry<String, String> path : paths.entrySet()) {
                    String base = path.getValue();
                    ClosedLoopLoad.Result result = ClosedLoopLoad.run("read by id saturation, " + path.getKey() + ", " + connections
                            + " connections", connections, each, i -> base + "/api/v1/cooperatives/" + ids.get((int) (i % ids.size())));
                    say("  " + summary(result.row()));
                    latencies.add(result.row());
                    if (base.equals(gateway)) {
                        gateway5xx += result.serverErrors();
                    }
                }
            }
        } finally {
            if (nginx != null) {
                nginx.close();
            }
        }
        figures.add(Figure.of("gateway answers 5xx at saturation (16, 64, 256 connections), healthy service", gateway5xx, "",
                Target.atMost(0, "")));
    }

    /**
     * What makes the events of a propagation step: a request to the registry and how many {@code registered}
     * events each one makes (distinct new cooperatives, so that each projection row names one event).
     *
     * @param what      the requests, for the table ("registrations one at a time")
     * @param unit      one request, for the CPU figure ("registration", "import")
     */
    private record EventSource(String what, String unit, ConstantRateLoad.Call call, int eventsPerCall, int expectedStatus) {
    }

    /** New cooperatives registered direct to the registry one at a time: one event each. */
    private EventSource registrations(ConstantRateLoad load, String registry) {
        return new EventSource("registrations one at a time", "registration", registration(load, registry), 1, 201);
    }

    /**
     * New cooperatives imported direct to the registry in small files: about ten imports a second of {@code eventRate / 10}
     * rows each (rounded; the imports' rate makes up the events' rate), one {@code registered} event per row, each file
     * in one transaction (how a kecamatan's or a province's spreadsheet reaches the register).
     */
    private EventSource imports(ConstantRateLoad load, String registry, double eventRate) {
        int rows = (int) Math.max(1, Math.round(eventRate / 10));
        ConstantRateLoad.Call call = i -> {
            StringBuilder csv = new StringBuilder("cooperativeNumber,name,jenis,bentuk,kelompok,kecamatanCode,foundedOn\n");
            for (int row = 0; row < rows; row++) {
                long n = imported.incrementAndGet();
                csv.append(String.format(Locale.ROOT, "3274%010d,Koperasi Impor Propagasi %d,JASA,PRIMER,COMMUNITY,%s,2016-06-06%n", n, n,
                        SyntheticRegister.KECAMATAN[(int) (n % 12)]));
            }
            return load.request(HttpMethod.POST, registry + "/api/v1/cooperative-imports?mode=ALL_OR_NOTHING")
                    .bearerTokenAuthentication(officer)
                    .putHeader("Content-Type", "text/csv")
                    .sendBuffer(Buffer.buffer(csv.toString()));
        };
        return new EventSource("imports of " + rows + " rows, " + ResultTable.number(eventRate / rows) + " a second", "import", call, rows, 201);
    }

    /**
     * Events made at {@code eventRate} a second by {@code source}, then each event's time to both projections,
     * and what one event cost each process in CPU time, from the first request until both projections applied
     * the last event (the registry writes and relays it, PostgreSQL stores it, Kafka carries it, financing,
     * awards and notifications consume it).
     */
    private void propagation(ConstantRateLoad load, RegisterLoader loader, LocalSuite suite, EventSource source, double eventRate,
                             Target target, String statementsFile) {
        if (eventRate <= 0) {
            return;
        }
        boolean measured = !Target.NONE.equals(target);
        double rate = eventRate / source.eventsPerCall();
        String events = (long) eventRate + " events/s";
        say("Event propagation: " + source.what() + ", " + events + " ...");
        load.run("warm-up", new Schedule(Math.min(rate, 50), options.warmUp().isZero() ? Duration.ofSeconds(1) : options.warmUp()),
                source.call(), source.expectedStatus(), Target.NONE);
        // Start from empty consumer lag: every registered cooperative is in both projections.
        loader.awaitProjections(loader.count("registry", "select count(*) from cooperative"), Duration.ofMinutes(5), Bench::say);
        RegisterLoader.sleep(1_000);
        Instant since = Instant.now();
        StatementProfile statements = new StatementProfile(loader);
        boolean profiled = statementsFile != null && statements.available();
        if (profiled) {
            statements.reset();
        }
        Map<String, Duration> cpuBefore = cpuTimes(suite);
        LatencyResult writes = load.run("cooperative " + source.unit() + " (officer, direct; " + events + ")",
                new Schedule(rate, options.duration()), source.call(), source.expectedStatus(), Target.NONE);
        say("  " + summary(writes));
        latencies.add(writes);
        if (!measured && source.eventsPerCall() == 1 && pgInsertP99 > 0) {
            figures.add(Figure.info("registration p99 at " + (long) rate + "/s (direct) / PostgreSQL single-row insert p99",
                    writes.p99() / pgInsertP99, "x", "both in this run; the write well below saturation"));
        }
        Propagation propagation = new Propagation(loader);
        Map<String, Instant> made = propagation.registryEvents(since, EventTypes.COOPERATIVE_REGISTERED);
        double seconds = writes.successes() / Math.max(1e-9, writes.achieved());
        String label = "event propagation registry -> %s projection (" + source.what() + ", " + events + (measured ? ")" : ", baseline)");
        for (String service : List.of("financing", "awards")) {
            Propagation.Result result = propagation.measure(service, made, since, Duration.ofSeconds(120));
            LatencyResult row = LatencyResult.of(label.formatted(service), eventRate, seconds, result.micros(), result.missing(), target)
                    .withNote("outbox occurred_at -> projection updated_at, " + made.size() + " events, applied at "
                            + ResultTable.number(result.appliedPerSecond()) + "/s"
                            + (result.missing() > 0 ? ", " + result.missing() + " not applied within 120 s" : ""));
            say("  " + summary(row));
            latencies.add(row);
        }
        if (!made.isEmpty()) {
            Map<String, Duration> cpuAfter = cpuTimes(suite);
            StringBuilder shares = new StringBuilder();
            double total = 0;
            for (Map.Entry<String, Duration> process : cpuAfter.entrySet()) {
                double millis = process.getValue().minus(cpuBefore.getOrDefault(process.getKey(), Duration.ZERO)).toNanos() / 1e6 / made.size();
                total += millis;
                shares.append(shares.isEmpty() ? "" : ", ").append(process.getKey()).append(' ').append(String.format(Locale.ROOT, "%.2f", millis));
            }
            figures.add(Figure.info("CPU time per event, " + source.what() + " at " + events + ", all processes", total, "ms",
                    shares + " (ms; from the first " + source.unit() + " until both projections applied the last"
                            + (measured ? ")" : "; at this low rate the suite's idle work, polls and heartbeats, weighs in)")));
            say("  CPU per event: " + String.format(Locale.ROOT, "%.2f", total) + " ms (" + shares + ")");
        }
        if (profiled && !made.isEmpty()) {
            Path file = options.output().toAbsolutePath().resolveSibling(statementsFile);
            Map<String, Double> perDatabase = statements.write(file, source.what() + " at " + events, made.size());
            StringBuilder shares = new StringBuilder();
            perDatabase.forEach((name, millis) -> shares.append(shares.isEmpty() ? "" : ", ").append(name).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", millis)));
            figures.add(Figure.info("PostgreSQL statement time per event, " + source.what() + " at " + events,
                    perDatabase.values().stream().mapToDouble(Double::doubleValue).sum(), "ms",
                    shares + " (ms, top-level statements per database; the statements in " + file.getFileName() + ")"));
        }
        // Every event is applied by now, so every one is published: the relay's share of the time above.
        LatencyResult relay = LatencyResult.of("  of which registry outbox relay (occurred_at -> published_at)"
                + (measured ? "" : " (baseline)"), eventRate, seconds, propagation.relayLag(since, EventTypes.COOPERATIVE_REGISTERED), 0, Target.NONE)
                .withNote("published_at is set after Kafka acknowledged the batch");
        say("  " + summary(relay));
        latencies.add(relay);
    }

    /**
     * Step 8: registrations one at a time at 20/s (the baseline) and at the propagation rate, then the event rate
     * from imports; the target (p99 200 ms) applies to both measured steps.
     */
    private void propagationSteps(ConstantRateLoad load, RegisterLoader loader, LocalSuite suite) {
        String registry = suite.service("registry").url();
        EventSource oneByOne = registrations(load, registry);
        propagation(load, loader, suite, oneByOne, Math.min(20, options.propagationRate()), Target.NONE, null);
        propagation(load, loader, suite, oneByOne, options.propagationRate(), Target.p99(200), "propagation-statements.txt");
        propagation(load, loader, suite, imports(load, registry, options.eventRate()), options.eventRate(), Target.p99(200),
                "propagation-statements-imports.txt");
    }

    /** A new cooperative registered direct to the registry: one event on its topic. */
    private ConstantRateLoad.Call registration(ConstantRateLoad load, String registry) {
        return i -> load.request(HttpMethod.POST, registry + "/api/v1/cooperatives")
                .bearerTokenAuthentication(officer)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(newCooperative(registrations.incrementAndGet())));
    }

    /** Issue 24: financing and awards killed and started again under registrations ({@link Recovery}). */
    private void recovery(LocalSuite suite, ConstantRateLoad load) {
        say(String.format(Locale.ROOT, "Recovery: financing and awards killed (kill -9) under registrations at %.0f/s and started "
                + "again at once, %d times each ...", options.recoveryRate(), Recovery.RUNS));
        figures.addAll(new Recovery(registration(load, suite.service("registry").url()), options.recoveryRate(), Bench::say)
                .measure(suite));
    }

    /** EXPLAIN ANALYZE of the slow registry reads, beside the results; their execution times as figures. */
    private void queryPlans(RegisterLoader loader, LocalDate today) throws IOException {
        say("EXPLAIN ANALYZE of the dashboard and search queries ...");
        QueryPlans plans = new QueryPlans(loader, options.root());
        Map<String, String> explained = plans.explain(today);
        Path file = options.output().toAbsolutePath().resolveSibling("query-plans.txt");
        plans.write(explained, file);
        explained.forEach((name, plan) -> figures.add(Figure.info("PostgreSQL execution: " + name, QueryPlans.executionMillis(plan), "ms",
                "plan in " + file.getFileName())));
    }

    /**
     * The training run of the services' AOT caches (JDK 25, none yet for these jars): the services started as
     * training runs, each gets every kind of read the benchmark sends (through the gateway and direct) for 20 s,
     * and 200 registrations (10 s at 20/s), whose events every consumer applies: trained on reads alone, the
     * consumers started cold and fed the projections at about a tenth of their rate for the first minute of
     * the register's load. Then all stop, write their caches, and start again from them; the rest of the run
     * measures those starts.
     */
    private void trainAotCaches(LocalSuite suite, ConstantRateLoad load) {
        say("AOT training: the services have no AOT cache for these jars yet; 20 s of reads and 10 s of registrations, then all "
                + "restart from their new caches ...");
        String gateway = suite.gatewayUrl();
        LocalDate today = LocalDate.now(OFFICE);
        List<String> paths = List.of(
                "/api/v1/cooperatives?name=koperasi%20warga", "/api/v1/cooperatives?kecamatanCode=" + SyntheticRegister.KECAMATAN[0]
                        + "&status=ACTIVE&sort=assets", "/api/v1/cooperatives/" + UUID.randomUUID(),
                "/api/v1/statistics/activation?asOf=" + today, "/api/v1/statistics/economy?asOf=" + today,
                "/api/v1/financing-programs", "/api/v1/award-programs", "/api/v1/webhook-subscriptions", "/openapi/registry");
        ConstantRateLoad.Call read = i -> i % (paths.size() + 1) == paths.size()
                ? load.request(HttpMethod.POST, gateway + "/api/v1/loan-simulations").putHeader("Content-Type", "application/json")
                        .sendBuffer(Buffer.buffer("{\"amount\": 50000000, \"annualRate\": 0.06, \"tenorMonths\": 24, "
                                + "\"method\": \"FLAT\", \"disbursementDate\": \"2026-01-31\"}"))
                : load.request(HttpMethod.GET, gateway + paths.get((int) (i % (paths.size() + 1))))
                        .bearerTokenAuthentication(officer).send();
        ConstantRateLoad.Call direct = i -> load.get(suite.service("registry").url() + "/api/v1/cooperatives?name=koperasi");
        load.run("AOT training", new Schedule(50, Duration.ofSeconds(20)), read, 0, Target.NONE);
        load.run("AOT training", new Schedule(20, Duration.ofSeconds(5)), direct, 0, Target.NONE);
        load.run("AOT training", new Schedule(20, Duration.ofSeconds(10)), registration(load, suite.service("registry").url()), 0,
                Target.NONE);
        long stopping = System.nanoTime();
        suite.restartAll();
        say(String.format(Locale.ROOT, "  caches written and every process ready again after %.1f s", (System.nanoTime() - stopping) / 1e9));
    }

    /**
     * A process's resident set size now, with how much of it is anonymous and how much file-backed; not measured
     * (n/a, never a pass) when it is not running.
     */
    private static Figure residentSetSize(ServiceProcess service) {
        return service.residentSet()
                .map(resident -> new Figure(service.name() + " RSS after the load", resident.totalKilobytes() / 1024.0, "MB",
                        Target.atMost(300, "MB"), String.format(Locale.ROOT,
                        "anonymous %.0f MB (heap, code, metaspace, stacks, and the AOT cache's pages the JVM rewrote as it "
                                + "mapped them), file-backed %.0f MB (pages of the AOT cache, the jars and the JDK read as they are)",
                        resident.anonymousKilobytes() / 1024.0, resident.fileKilobytes() / 1024.0)))
                .orElseGet(() -> new Figure(service.name() + " RSS after the load", Double.NaN, "MB", Target.atMost(300, "MB"),
                        "not running"));
    }

    /** Each service's database on disk after the run (tables, indexes and TOAST), and the registry's largest tables. */
    private void databaseSizes(RegisterLoader loader) {
        for (String database : LocalSuite.SERVICES) {
            long bytes = loader.count(database, "select pg_database_size(current_database())");
            figures.add(Figure.info(database + " database size", bytes / 1e6, "MB", database.equals("registry")
                    ? "largest tables: " + loader.queryText("registry", """
                            select string_agg(relname || ' ' || round(pg_total_relation_size(oid) / 1e6) || ' MB', ', ' order by size desc)
                            from (select oid, relname, pg_total_relation_size(oid) size from pg_class
                                  where relkind = 'r' and relnamespace = 'public'::regnamespace
                                  order by pg_total_relation_size(oid) desc limit 5) largest""")
                    : "tables, indexes and TOAST"));
        }
    }

    /**
     * Each service stopped and started again on its own (database loaded, machine quiet), {@link #RESTARTS} times:
     * time to ready, the median as the figure (one start moves by a few hundred milliseconds with the machine),
     * every run and Quarkus' own figure of each in the note.
     */
    private void restartAlone(LocalSuite suite) {
        for (ServiceProcess service : processes(suite)) {
            List<Long> readyMillis = new ArrayList<>();
            List<String> quarkus = new ArrayList<>();
            for (int run = 1; run <= RESTARTS; run++) {
                say("Restarting " + service.name() + " alone (" + run + " of " + RESTARTS + ") ...");
                service.stop();
                service.start();
                service.awaitReady(Duration.ofSeconds(120));
                readyMillis.add(service.lastStartup().toMillis());
                double boot = quarkusBootSeconds(service.tail());
                quarkus.add(Double.isNaN(boot) ? "?" : String.format(Locale.ROOT, "%.1f", boot));
            }
            List<Long> sorted = readyMillis.stream().sorted().toList();
            figures.add(new Figure(service.name() + " ready (restarted alone, loaded database; median of " + RESTARTS + ")",
                    sorted.get(RESTARTS / 2), "ms", Target.atMost(READY_TARGET_MS, "ms"),
                    "runs: " + readyMillis.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + " ms; Quarkus reports started in " + String.join(", ", quarkus) + " s"));
        }
    }

    /** The services' and PostgreSQL's logs of the run, kept beside the results (the run's directory goes when the suite stops). */
    private void keepLogs(LocalSuite suite) throws IOException {
        Path target = options.output().toAbsolutePath().resolveSibling("logs");
        Files.createDirectories(target);
        try (var logs = Files.list(suite.logDirectory())) {
            for (Path log : logs.toList()) {
                Files.copy(log, target.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // PostgreSQL's own log (checkpoints, autovacuum, lock waits, slow statements: bench/run starts it with diagnostics).
        for (Path log : suite.postgres().logFiles()) {
            Files.copy(log, target.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        say("Service logs and PostgreSQL's log copied to " + target);
    }

    /** The machine's load averages from /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The boot time Quarkus logs ("started in 4.321s") in the last start of a service, NaN if absent. */
    static double quarkusBootSeconds(String log) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(log);
        double seconds = Double.NaN;
        while (matcher.find()) {
            seconds = Double.parseDouble(matcher.group(1));
        }
        return seconds;
    }

    private void write(Instant started, LocalDate today, boolean last) throws IOException {
        String text = "Koperasi suite benchmark, " + ZonedDateTime.now(ZoneId.of("UTC")).withNano(0) + " (office date " + today + ")\n"
                + "machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; services: Java " + Runtime.version() + " " + String.join(" ", DEPLOYMENT_JVM_OPTIONS)
                + (Runtime.version().feature() >= JvmOptions.AOT_FEATURE_VERSION ? " -XX:AOTCache=app.aot" : " -XX:SharedArchiveFile=app-cds.jsa")
                + " (MALLOC_ARENA_MAX=2; the registry " + heap(REGISTRY_JVM_OPTIONS) + ")\n"
                + "load average (1, 5, 15 min) at the start: " + loadAtStart + ", now: " + loadAverage()
                + " (the other processes of the machine share its cores)\n"
                + options.describe() + "; run took " + Duration.between(started, Instant.now()).toSeconds() + " s\n\n"
                + ResultTable.latencies(latencies) + "\n" + ResultTable.figures(figures);
        Files.createDirectories(options.output().toAbsolutePath().getParent());
        Files.writeString(options.output(), "# Benchmark results" + (last ? "" : " (run in progress)") + "\n\n```\n" + text + "```\n");
        if (last) {
            System.out.println("\n" + text);
            say("Written to " + options.output());
        }
    }

    private static String summary(LatencyResult r) {
        return String.format(Locale.ROOT, "%s: %.1f/s offered, %.1f/s served, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d%s",
                r.operation(), r.rate(), r.achieved(), r.p50(), r.p95(), r.p99(), r.max(), r.errors(),
                r.note().isEmpty() ? "" : " (" + r.note() + ")");
    }

    private static List<String> searchTerms() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < SyntheticRegister.WORDS.length * SyntheticRegister.KECAMATAN_NAMES.length; i++) {
            terms.add((SyntheticRegister.WORDS[i % SyntheticRegister.WORDS.length] + " "
                    + SyntheticRegister.KECAMATAN_NAMES[(i / SyntheticRegister.WORDS.length) % SyntheticRegister.KECAMATAN_NAMES.length])
                    .toLowerCase(Locale.ROOT));
        }
        Collections.shuffle(terms, new Random(3));
        return terms;
    }

    private static String report(int year) {
        return """
                {"financialYear": %d, "meetingDate": "%d-03-15", "membersMale": 120, "membersFemale": 131, "employees": 4,
                 "ownCapital": 1500000000, "externalCapital": 300000000, "assets": 2400000000, "turnover": 900000000, "surplus": 60000000}"""
                .formatted(year, year + 1);
    }

    private static String newCooperative(long n) {
        return """
                {"cooperativeNumber": "3276%010d", "name": "Koperasi Baru Propagasi %d", "jenis": "JASA", "bentuk": "PRIMER",
                 "kelompok": "COMMUNITY", "kecamatanCode": "327505", "foundedOn": "2015-05-05"}""".formatted(n, n);
    }

    static void say(String line) {
        System.out.println("[bench " + LocalTime.now().format(CLOCK) + "] " + line);
    }
}
