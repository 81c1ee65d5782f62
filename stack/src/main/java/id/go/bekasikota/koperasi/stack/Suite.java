package id.go.bekasikota.koperasi.stack;


import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The command behind {@code ./suite}:
 * <pre>
 *   up [--port 8080] [--no-demo-data]     start everything, load demo data, wait for Ctrl-C
 *   up --keycloak [--port 8080]          the same trusting a Keycloak started with it (port 8180), without demo data
 *   up --kafka-cluster ...               either of the above on three Kafka brokers (replication factor 3, two in sync)
 *   up --office-date 2030-01-15 ...      any of the above with the office clock running from that day (noon)
 *   token ROLE [--partner ID] [--cooperative ID] [--subject NAME] [--hours N]
 * </pre>
 */
public final class Suite {

    /** Keycloak's port with {@code up --keycloak}, as in docker-compose (a free one when taken). */
    private static final int KEYCLOAK_PORT = 8180;

    private Suite() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "up" -> up(options);
            case "token" -> token(options);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void up(List<String> options) throws InterruptedException {
        Path root = Path.of(System.getProperty("koperasi.suite.root", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(option(options, "--port", "8080"));
        long started = System.nanoTime();
        boolean keycloak = options.contains("--keycloak");
        Consumer<String> progress = line -> System.out.println("[suite] " + line);
        String officeDate = option(options, "--office-date", null);
        if (officeDate != null) {
            // Before OfficeClockStart is first read: the services and the demo data stand on that day.
            System.setProperty(OfficeClockStart.PROPERTY, LocalDate.parse(officeDate).toString());
            progress.accept("The office clock runs from " + officeDate + " at noon (today in the services: " + OfficeClockStart.today() + ")");
        }
        // The services start as deployed (JvmOptions): the options the benchmark measures.
        LocalSuite.Settings settings = LocalSuite.Settings.deployment(java.util.Map.of());
        progress.accept("Java " + Runtime.version() + ", services with " + String.join(" ", settings.jvmOptions())
                + " (the registry with " + JvmOptions.REGISTRY_HEAP + ")");
        LocalSuite suite = options.contains("--kafka-cluster")
                ? LocalSuite.startWithKafkaCluster(root, port, 8081, keycloak ? Ports.preferred(KEYCLOAK_PORT) : LocalSuite.NO_KEYCLOAK,
                        KafkaCluster.Network.LOOPBACK, settings, progress)
                : keycloak
                ? LocalSuite.startWithKeycloak(root, port, 8081, Ports.preferred(KEYCLOAK_PORT), settings, progress)
                : LocalSuite.start(root, port, 8081, settings, progress);
        if (suite.services().values().stream().anyMatch(ServiceProcess::training)) {
            progress.accept("This run trains the services' AOT caches (Java " + JvmOptions.AOT_FEATURE_VERSION
                    + "): they are written when the suite stops (Ctrl-C, up to a minute), and later starts are quicker.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\n[suite] Stopping the services, " + (keycloak ? "Keycloak, " : "") + "Kafka and PostgreSQL ...");
            suite.close();
            System.out.println("[suite] Stopped; temporary files removed.");
            stopped.countDown();
        }, "suite-stop"));

        if (keycloak) {
            System.out.println("[suite] No demo data with --keycloak (it is written with development tokens, which the suite"
                    + " now refuses): the register starts empty.");
        } else if (!options.contains("--no-demo-data")) {
            System.out.println("[suite] Loading demo data (" + DemoData.TOTAL + " cooperatives, " + DemoData.ACTIVE + " active; "
                    + DemoData.DISSOLVED + " more dissolved) ...");
            int loaded = new DemoData(suite.service("registry").url(), DevTokens.issue("officer"))
                    .load(OfficeClockStart.today());
            System.out.println("[suite] Demo data: " + loaded + " cooperatives registered.");
            System.out.println("[suite] Demo data: " + new EconomicDemoData(suite.service("registry").url(), DevTokens.issue("officer")).load(OfficeClockStart.today()) + ".");
            int applications = new FinancingDemoData(suite.service("registry").url(), suite.service("financing").url())
                    .load(OfficeClockStart.today());
            System.out.println(applications == 0 ? "[suite] Demo data: the financing programs and loan applications were loaded before."
                    : "[suite] Demo data: 3 financing programs and " + applications + " loan applications (one repaying, one forwarded, one draft).");
            int nominations = new AwardsDemoData(suite.service("registry").url(), suite.service("awards").url())
                    .load(OfficeClockStart.today());
            System.out.println("[suite] Demo data: " + (nominations < 0 ? "award programs loaded before."
                    : "the next Cooperative Day program with jurors " + String.join(", ", AwardsDemoData.JURORS) + " and "
                    + nominations + " nominations."));
        }
        suite.services().values().forEach(service -> System.out.printf("[suite] %-18s ready in %5d ms, RSS %4d MB%n",
                service.name(), service.lastStartup().toMillis(), service.residentKilobytes() / 1024));
        suite.keycloak().ifPresent(idp -> System.out.printf("[suite] %-18s ready in %5d ms, RSS %4d MB%n",
                "keycloak", idp.startup().toMillis(), idp.residentKilobytes() / 1024));
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        String gateway = suite.gatewayUrl();
        if (suite.keycloak().isPresent()) {
            printKeycloakUsage(suite.keycloak().get(), gateway, suite);
            stopped.await();
            return;
        }
        System.out.printf("""

                Koperasi suite is up (healthy after %d ms, ready with demo data after %d ms).
                  Gateway:   %s
                  API docs:  %s/api-docs
                  Health:    %s/q/health/group/services   (management interface; metrics at /q/metrics)
                  Logs:      %s
                  Token:     ./suite token officer        (roles: officer, juror, partner --partner ID,
                                                          cooperative --cooperative ID, auditor, system)
                  Try:       curl -H "Authorization: Bearer $(./suite token officer)" %s/api/v1/statistics/activation
                Press Ctrl-C to stop everything.
                %n""", suite.timeToHealthy().toMillis(), total.toMillis(), gateway, gateway, suite.service("gateway").managementUrl(),
                suite.logDirectory(), gateway);
        stopped.await();
    }

    private static void printKeycloakUsage(KeycloakServer idp, String gateway, LocalSuite suite) {
        String token = "deploy/keycloak/token --url " + idp.url();
        System.out.printf("""

                Koperasi suite is up, trusting Keycloak (healthy after %d ms).
                  Gateway:   %s
                  API docs:  %s/api-docs
                  Keycloak:  %s  realm koperasi, issuer %s
                             admin console %s/admin/ (%s / %s)
                  Logs:      %s
                  Tokens (curl and openssl; a token lives 5 minutes; README "Tokens from Keycloak"):
                    bank or fund, client credentials:   %s client bank-bjb dev-secret-bank-bjb
                                                        (also bank-bri, lpdb-kumkm; ods-kemenkop has the role system)
                    person, authorization code + PKCE:  %s user officer officer
                                                        (also auditor, juri-1, juri-2; pengurus once its
                                                        cooperative_id names a cooperative: README)
                  Try:       curl -H "Authorization: Bearer $(%s user officer officer)" %s/api/v1/loan-applications
                Press Ctrl-C to stop everything.
                %n""", suite.timeToHealthy().toMillis(), gateway, gateway, idp.url(), idp.issuer(), idp.url(), KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD, suite.logDirectory(), token, token, token, gateway);
    }

    private static void token(List<String> options) {
        if (options.isEmpty() || options.get(0).startsWith("--")) {
            usage();
            System.exit(2);
        }
        String role = options.get(0);
        String partner = option(options, "--partner", null);
        String cooperative = option(options, "--cooperative", null);
        if (role.equals("partner") && partner == null) {
            System.err.println("A partner token needs --partner ID");
            System.exit(2);
        }
        if (role.equals("cooperative") && cooperative == null) {
            System.err.println("A cooperative token needs --cooperative ID");
            System.exit(2);
        }
        String subject = option(options, "--subject", role + "@dev");
        long hours = Long.parseLong(option(options, "--hours", "8"));
        System.out.println(DevTokens.issue(role, subject, partner, cooperative, Duration.ofHours(hours)));
    }

    private static String option(List<String> options, String name, String fallback) {
        int index = options.indexOf(name);
        return index >= 0 && index + 1 < options.size() ? options.get(index + 1) : fallback;
    }

    private static void usage() {
        System.err.println("""
                usage: ./suite up [--port 8080] [--no-demo-data] [--kafka-cluster] [--office-date YYYY-MM-DD]
                       ./suite up --keycloak [--port 8080] [--kafka-cluster] [--office-date YYYY-MM-DD]
                       ./suite token ROLE [--partner ID] [--cooperative ID] [--subject NAME] [--hours N]
                roles: officer, juror, partner, cooperative, auditor, system""");
    }
}
