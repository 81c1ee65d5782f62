package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.stack.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;

/**
 * A Quarkus test resource that starts a real PostgreSQL 15 and a real KRaft Kafka broker for a
 * service's {@code @QuarkusTest}s (no Docker, no mocks) and points the service at them, with
 * the development token key. Use once per module:
 * {@code @WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
 * initArgs = @ResourceArg(name = "database", value = "registry"))}.
 */
public class RealServersResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestStack.start(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", TestStack.postgres().jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD,
                "kafka.bootstrap.servers", TestStack.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey.location", DevTokens.PUBLIC_KEY_RESOURCE,
                "mp.jwt.verify.issuer", DevTokens.ISSUER,
                "mp.jwt.verify.audiences", DevTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        TestStack.stop();
    }

    /** The servers of the running tests, for tests that read topics or query the database directly. */
    public static final class TestStack {

        private static EmbeddedPostgresServer postgres;
        private static KafkaBroker kafka;
        private static String database;

        private TestStack() {
        }

        static synchronized void start(String db) {
            if (postgres == null) {
                database = db;
                postgres = EmbeddedPostgresServer.start(0, List.of(db));
                kafka = KafkaBroker.start(0);
                Runtime.getRuntime().addShutdownHook(new Thread(TestStack::stop, "test-stack-stop"));
            }
        }

        static synchronized void stop() {
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }

        public static synchronized EmbeddedPostgresServer postgres() {
            return postgres;
        }

        public static synchronized KafkaBroker kafka() {
            return kafka;
        }

        public static synchronized String jdbcUrl() {
            return postgres.jdbcUrl(database);
        }
    }
}
