package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.StandbyService;
import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Services that are stopped, slow or break off: problem details, never an HTML page or a hang. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class UpstreamFailureTests {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    GatewayConfig config;

    @Test
    void aServiceThatIsStoppedAnswers503ProblemDetails() {
        try (StandbyService standby = StandbyService.start(config)) {
            // Once the service is up, its circuit (maybe opened by another test) closes again.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().auth().oauth2(Tokens.officer()).when().get("/api/v1/standby/items").then().statusCode(200));
        }
        given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/standby/items")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unavailable"))
                .body("title", equalTo("Temporarily unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("standby"))
                .body("instance", equalTo("/api/v1/standby/items"));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndItClosesWhenTheServiceIsBack() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().oauth2(Tokens.officer()).when().post("/api/v1/standby/items")
                        .then().statusCode(503).contentType(PROBLEM).body("detail", containsString("circuit open")));
        try (StandbyService standby = StandbyService.start(config)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    given().auth().oauth2(Tokens.officer()).when().post("/api/v1/standby/items").then().statusCode(200));
        }
    }

    @Test
    void aSlowServiceAnswers504WithinItsTimeout() {
        // The test profile gives awards a timeout of 1 s.
        given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/nominations/slow")
                .then().time(lessThan(5_000L))
                .statusCode(504).contentType(PROBLEM)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/gateway-timeout"))
                .body("detail", containsString("awards"))
                .body("detail", not(containsString("may or may not")));
        given().auth().oauth2(Tokens.officer())
                .when().post("/api/v1/nominations/slow")
                .then().time(lessThan(5_000L))
                .statusCode(504).contentType(PROBLEM)
                .body("detail", containsString("may or may not have been made"));
    }

    /**
     * The stub closes the connection ({@code broken}) or resets it ({@code reset}: what a read meets when the service
     * drops a pooled keep-alive connection just as the request goes out on it) instead of answering.
     */
    @ParameterizedTest
    @ValueSource(strings = {"broken", "reset"})
    void aConnectionLostBeforeTheAnswerIs502AndOnlyReadsAreRetried(String loss) {
        given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/clusters/get/" + loss)
                .then().statusCode(502).contentType(PROBLEM)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/bad-gateway"))
                .body("detail", containsString("registry"));
        given().auth().oauth2(Tokens.officer())
                .when().post("/api/v1/clusters/post/" + loss)
                .then().statusCode(502).contentType(PROBLEM);

        String registry = config.services().get("registry").url().toString();
        given().queryParam("path", "/api/v1/clusters/get/" + loss).when().get(registry + "/stub/hits")
                .then().body(equalTo("2"));
        given().queryParam("path", "/api/v1/clusters/post/" + loss).when().get(registry + "/stub/hits")
                .then().body(equalTo("1"));
    }

    @Test
    void anIdleConnectionToAServiceIsClosedByTheGatewayBeforeTheServiceWould() {
        // The stub never closes an idle connection; the test profile gives narrow's pool a keep-alive of 1 s.
        int clientPort = given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/narrow/items")
                .then().statusCode(200).extract().path("clientPort");
        String narrow = config.services().get("narrow").url().toString();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().queryParam("path", "closed:" + clientPort).when().get(narrow + "/stub/hits")
                        .then().body(equalTo("1")));
    }

    @Test
    void theServicesOwnCachePolicyIsKeptElseNoStore() {
        given().when().get("/api/v1/cooperatives/cached")
                .then().statusCode(200).header("Cache-Control", "max-age=60").header("ETag", "\"7\"");
        given().when().get("/api/v1/cooperatives/1")
                .then().statusCode(200).header("Cache-Control", "no-store");
    }
}
