package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.RealServersResource.TestStack;
import id.go.bekasikota.koperasi.testsupport.SessionLocks;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An import works for as long as the gateway waits for it (120 s), past the server's idle timeout (30 s in service)
 * and the default transaction timeout (60 s), both 2 s here: an update of about 30,000 rows through the gateway was
 * answered 502 at 30 s (the registry closed the silent connection) and rolled back at 60 s.
 */
@QuarkusTest
@TestProfile(LongImportTests.ShortTimeouts.class)
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class LongImportTests {

    private static final Duration TIMEOUTS = Duration.ofSeconds(2);

    public static final class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", TIMEOUTS.toSeconds() + "s",
                    "quarkus.http.idle-timeout", TIMEOUTS.toSeconds() + "s");
        }
    }

    @Test
    void anImportHeldPastTheIdleAndTheDefaultTransactionTimeoutsIsWrittenAndAnswered() throws Exception {
        String number = CooperativeNumbers.unique();
        String csv = CooperativeImportMother.file(List.of(CooperativeImportMother.row(number, "Koperasi Impor Panjang")));
        Response answer;
        try (Connection holder = DriverManager.getConnection(TestStack.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)) {
            // An import that writes moves the register's revision on after its rows: holding the revision's rows keeps
            // it waiting there, silent on its connection, with its rows written but not committed.
            holder.setAutoCommit(false);
            int pid;
            try (Statement hold = holder.createStatement()) {
                hold.executeQuery("select id from register_revision order by id for update").close();
                try (ResultSet rows = hold.executeQuery("select pg_backend_pid()")) {
                    rows.next();
                    pid = rows.getInt(1);
                }
            }
            CompletableFuture<Response> sent = CompletableFuture.supplyAsync(() -> given().auth().oauth2(Tokens.officer())
                    .contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/v1/cooperative-imports"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SessionLocks.blockedBy(pid));
            // Still waiting, neither cut off nor rolled back, for more than twice both timeouts.
            Awaitility.await().during(TIMEOUTS.multipliedBy(2).plusSeconds(1)).atMost(TIMEOUTS.multipliedBy(4))
                    .until(() -> SessionLocks.blockedBy(pid) && !sent.isDone());
            holder.commit();
            answer = sent.get(60, TimeUnit.SECONDS);
        }
        answer.then().statusCode(201).body("outcome", equalTo("APPLIED")).body("created", equalTo(1));
        assertThat(answer.getTime()).as("answered after both timeouts").isGreaterThan(TIMEOUTS.multipliedBy(2).toMillis());
        given().auth().oauth2(Tokens.officer()).queryParam("cooperativeNumber", number).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.cooperativeNumber", org.hamcrest.Matchers.hasItem(number));
    }
}
