package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.RealServersResource.TestStack;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write whose transaction outlasts the transaction timeout (here 3 s, 60 s in service) is
 * rolled back by the transaction manager: the client gets 503 with {@code Retry-After}, and
 * nothing of the write is anywhere (the first 10,000-row import at 1,000,000 cooperatives was a
 * 500 "internal error" for this).
 */
@QuarkusTest
@TestProfile(TransactionTimeoutTests.ShortTransactions.class)
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class TransactionTimeoutTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    public static final class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", TIMEOUT.toSeconds() + "s");
        }
    }

    @Test
    void aRegistrationHeldPastTheTransactionTimeoutIsUnavailableAndWritesNothing() throws Exception {
        String name = "Koperasi Tertahan " + UUID.randomUUID().toString().substring(0, 8);
        long revisionBefore;
        Response answer;
        try (Connection holder = connect()) {
            revisionBefore = revision(holder);
            // Every write moves the register's revision on as its last statement: holding the revision's rows
            // keeps the registration waiting there, with its cooperative and its events written but not committed.
            holder.setAutoCommit(false);
            try (Statement hold = holder.createStatement()) {
                hold.executeQuery("select id from register_revision order by id for update").close();
            }
            CompletableFuture<Response> registration = CompletableFuture.supplyAsync(() -> given()
                    .auth().oauth2(Tokens.officer()).header("Accept-Language", "en").contentType(ContentType.JSON)
                    .body(CooperativeMother.named(name, "2015-06-01")).when().post("/api/v1/cooperatives"));
            // The transaction manager ends the waiting transaction at its timeout, while the revision is still held.
            answer = registration.get(60, TimeUnit.SECONDS);
            assertThat(answer.getTime()).as("answered at the timeout, not before").isGreaterThanOrEqualTo(TIMEOUT.toMillis());
            holder.commit();
        }

        answer.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30");
        assertThat(answer.jsonPath().getString("type")).endsWith("/unavailable");
        assertThat(answer.jsonPath().getString("detail")).startsWith("The service could not finish the request in time")
                .contains("nothing was changed");
        assertThat(answer.asString()).doesNotContain("ARJUNA").doesNotContain("Exception");

        try (Connection check = connect()) {
            assertThat(count(check, "select count(*) from cooperative where name = ?", name)).as("cooperative").isZero();
            assertThat(count(check, "select count(*) from outbox_event where cast(payload as text) like '%' || ? || '%'", name)).as("events").isZero();
            assertThat(revision(check)).as("the register's revision").isEqualTo(revisionBefore);
        }
        // The service is whole after it: the same registration, unhindered, is written.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(CooperativeMother.named(name, "2015-06-01"))
                .when().post("/api/v1/cooperatives").then().statusCode(201);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestStack.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }

    private static long revision(Connection connection) throws SQLException {
        return count(connection, "select sum(revision) from register_revision");
    }

    private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
