package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.LocalSuite;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Starts the packaged suite once for all system tests of the JVM (embedded PostgreSQL, Kafka,
 * three services, gateway) and stops it when JUnit closes its root store. REST Assured points
 * at the gateway; tests may ask for the {@link LocalSuite} as a parameter.
 */
public class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalSuite suite = suite(context);
        RestAssured.baseURI = suite.gatewayUrl();
        RestAssured.port = -1;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
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
            suite = LocalSuite.start(root, 0, 0, line -> System.out.println("[system-tests] " + line));
            System.out.println("[system-tests] suite healthy after " + suite.timeToHealthy().toMillis() + " ms");
        }

        @Override
        public void close() {
            suite.close();
        }
    }
}
