package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the packaged suite once for all system tests of the JVM (embedded PostgreSQL, Kafka,
 * four services, gateway) and stops it when JUnit closes its root store. REST Assured points
 * at the gateway; tests may ask for the {@link LocalSuite} as a parameter. Every request is
 * checked against the OpenAPI documents ({@link Conformance}); the report is written when the suite
 * stops, and {@code ConformanceIT}, the last system test, fails on any violation.
 */
public class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    /**
     * Webhook retries in milliseconds and a retry budget of seconds, so that a delivery's whole
     * life (failures, the circuit, DEAD) fits in a test; a crashed dispatcher's claims return after 5 s.
     */
    private static final Map<String, String> WEBHOOKS_IN_SECONDS = Map.of(
            "WEBHOOKS_RETRY_FIRST", "200ms", "WEBHOOKS_RETRY_FACTOR", "2", "WEBHOOKS_RETRY_MAX", "1s",
            "WEBHOOKS_RETRY_BUDGET", "4s", "WEBHOOKS_CIRCUIT_FAILURES", "4", "WEBHOOKS_CIRCUIT_OPEN_FOR", "500ms",
            "WEBHOOKS_LEASE", "5s");
    /**
     * ReliabilityIT opens drafts of one cooperative as fast as financing takes them, hundreds, through two
     * kills: above the 20 one cooperative may hold in preparation (financing's {@code DraftLimit}, tested in
     * its module), which is not what that test is about.
     */
    private static final Map<String, String> DRAFTS_UNBOUNDED = Map.of("KOPERASI_FINANCING_APPLICATIONS_MAX_IN_PREPARATION", "1000000");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalSuite suite = suite(context);
        RestAssured.baseURI = suite.gatewayUrl();
        RestAssured.port = -1;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        Conformance.install(suite.gatewayUrl());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return suite(context);
    }

    private static LocalSuite suite(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningSuite.class, key -> new RunningSuite(), RunningSuite.class).suite;
    }

    /** Closed by JUnit after the last test. */
    private static final class RunningSuite implements AutoCloseable {
        final LocalSuite suite;

        RunningSuite() {
            Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
            suite = LocalSuite.start(root, 0, 0, new LocalSuite.Settings(ServiceProcess.QUICK_START_JVM_OPTIONS,
                    Map.of("notifications", WEBHOOKS_IN_SECONDS, "financing", DRAFTS_UNBOUNDED)), line -> System.out.println("[system-tests] " + line));
            System.out.println("[system-tests] suite healthy after " + suite.timeToHealthy().toMillis() + " ms");
        }

        @Override
        public void close() {
            Conformance.Summary conformance = Conformance.writeReport();
            System.out.println("[conformance] " + conformance.requestsChecked() + " requests and answers checked, "
                    + conformance.answersOnly() + " answers of requests broken on purpose, " + conformance.violationCount()
                    + " violations; report in system-tests/target/conformance/report.md");
            suite.close();
        }
    }
}
