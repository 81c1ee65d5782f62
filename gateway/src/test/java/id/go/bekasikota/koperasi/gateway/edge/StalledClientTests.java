package id.go.bekasikota.koperasi.gateway.edge;

import id.go.bekasikota.koperasi.testsupport.RawClient;
import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Clients that stall or trickle: the test profile closes a silent connection after 3 s
 * (quarkus.http.idle-timeout), gives a buffered body 2 s (koperasi.limits.body-timeout), and allows a
 * client 4 requests in progress and an address 3 connections. A stalled request never reaches a
 * service and never counts against its circuit.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class StalledClientTests {

    private static final String SERVICES = "checks.find { it.name == 'services' }.data.";

    @Inject
    GatewayConfig config;

    @TestHTTPResource(value = "/health/group/services", management = true)
    URL services;

    @Test
    void aConnectionThatStopsInTheMiddleOfItsHeadersIsClosed() {
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("GET /api/v1/cooperatives HTTP/1.1\r\nHost: localhost\r\nAccept: appl");
            await().atMost(Duration.ofSeconds(10)).until(client::closedByServer);
        }
    }

    @Test
    void aBodyThatNeverComesIs408AndNeverReachesTheService() {
        String path = "/api/v1/loan-simulations/stalled-" + UUID.randomUUID();
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(10)).until(() -> answer.append(client.received()).indexOf("\r\n\r\n{") > 0);
            assertThat(answer.toString(), startsWith("HTTP/1.1 408"));
            assertThat(answer.toString(), containsString("application/problem+json"));
            assertThat(answer.toString(), containsString("X-Request-Id"));
            assertThat(answer.toString(), containsString("https://koperasi.bekasikota.go.id/problems/request-timeout"));
            await().atMost(Duration.ofSeconds(10)).until(client::closedByServer);
        }
        hits("financing", path, 0);
        given().when().get(services).then().body(SERVICES + "financing-circuit", equalTo("CLOSED"));
    }

    @Test
    void aBodyTrickledInByteByByteIsCutOffAtTheBodyDeadline() {
        String path = "/api/v1/loan-simulations/trickled-" + UUID.randomUUID();
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            // One byte at a time, each within the idle timeout: only the body deadline stops it.
            await().pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).until(() -> {
                client.send(" ");
                answer.append(client.received());
                return answer.toString().startsWith("HTTP/1.1 408");
            });
        }
        hits("financing", path, 0);
    }

    @Test
    void aLargeBodySentSteadilyForLongerThanTheServicesTimeoutReachesIt() {
        // The awards route's timeout is 1 s in the test profile. 40,000 bytes (streamed: over the 16 KiB the gateway reads
        // first) in ten chunks 300 ms apart take about 3 s: a caller on a slow line, never silent for long.
        String path = "/api/v1/award-programs/uploaded-" + UUID.randomUUID();
        String token = DevTokens.issue("officer", "slow-line-" + UUID.randomUUID(), null, null, Duration.ofMinutes(5));
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: 40000\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            await().pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> {
                answer.append(client.received());
                if (!answer.isEmpty()) {
                    return true; // answered before the body was complete
                }
                client.send("x".repeat(4000));
                return sent.incrementAndGet() == 10;
            });
            assertThat("the whole body was sent before any answer came: " + answer, sent.get(), equalTo(10));
            await().atMost(Duration.ofSeconds(10)).until(() -> answer.append(client.received()).indexOf("\"bodySize\"") > 0);
            assertThat(answer.toString(), startsWith("HTTP/1.1 200"));
            assertThat(answer.toString(), containsString("\"bodySize\":40000"));
        }
        given().when().get(services).then().body(SERVICES + "awards-circuit", equalTo("CLOSED"));
    }

    @Test
    void aClientMayHaveOnlySoManyRequestsInProgress() {
        String token = DevTokens.issue("officer", "in-flight-" + UUID.randomUUID(), null, null, Duration.ofMinutes(5));
        List<RawClient> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                // The registry stub never answers /slow: each request stays in progress for the registry's timeout (10 s).
                stalled.add(RawClient.connect(RestAssured.port).send("GET /api/v1/cooperatives/" + i + "/slow HTTP/1.1\r\n"
                        + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n"));
            }
            // The four are in progress; another client is not concerned.
            given().auth().oauth2(DevTokens.issue("officer", "other-" + UUID.randomUUID(), null, null, Duration.ofMinutes(5)))
                    .when().get("/api/v1/cooperatives").then().statusCode(200);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    given().auth().oauth2(token).when().get("/api/v1/cooperatives")
                            .then().statusCode(429).contentType("application/problem+json")
                            .header("Retry-After", "1")
                            .body("detail", containsString("in progress")));
        } finally {
            stalled.forEach(RawClient::close);
        }
    }

    @Test
    void anAddressMayHoldOnlySoManyConnections() {
        // 127.0.0.2 is not a trusted proxy: its connections count against it.
        List<RawClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                RawClient client = RawClient.connect(RestAssured.port, "127.0.0.2");
                open.add(client);
                client.send("GET /api/v1/cooperatives HTTP/1.1\r\nHost: localhost\r\n\r\n");
                await().atMost(Duration.ofSeconds(5)).until(() -> client.received().startsWith("HTTP/1.1 200"));
            }
            RawClient fourth = RawClient.connect(RestAssured.port, "127.0.0.2");
            open.add(fourth);
            // From the frontend's page: refused before CORS runs, the browser can still read why.
            fourth.send("GET /api/v1/cooperatives HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:5173\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(fourth.received()).toString().contains("connections"));
            assertThat(answer.toString(), startsWith("HTTP/1.1 429"));
            assertThat(answer.toString().toLowerCase(java.util.Locale.ROOT),
                    org.hamcrest.Matchers.containsString("access-control-allow-origin: http://localhost:5173"));
            assertThat(answer.toString().toLowerCase(java.util.Locale.ROOT), org.hamcrest.Matchers.containsString("retry-after: 1"));
        } finally {
            open.forEach(RawClient::close);
        }
    }

    @Test
    void aCallerWithoutATokenMustAnnounceItsBodysLength() {
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("POST /api/v1/loan-simulations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(client.received()).toString().contains("length-required"));
            assertThat(answer.toString(), startsWith("HTTP/1.1 411"));
        }
    }

    private void hits(String service, String path, int expected) {
        given().queryParam("path", path).when().get(config.services().get(service).url() + "/stub/hits")
                .then().body(equalTo(String.valueOf(expected)));
    }
}
