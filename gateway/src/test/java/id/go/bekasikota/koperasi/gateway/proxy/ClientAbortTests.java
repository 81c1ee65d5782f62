package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.testsupport.RawClient;
import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * A caller that hangs up is not a failing service, and neither is a gateway that is full: the
 * circuit counts only what the service did wrong (issue 22).
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ClientAbortTests {

    private static final String SERVICES = "checks.find { it.name == 'services' }.data.";

    @TestHTTPResource(value = "/health/group/services", management = true)
    URL services;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void callersThatHangUpWhileTheServiceWorksNeverOpenItsCircuit() {
        double before = counter("koperasi_gateway_client_aborts_total", "registry");
        for (boolean reset : new boolean[]{false, true}) {
            List<RawClient> callers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // /slow is never answered by the stub: the gateway is waiting for the service when the caller leaves.
                // Each caller has a token of its own, so that no client limit refuses any of them first.
                String token = DevTokens.issue("officer", "abandoning-" + UUID.randomUUID(), null, null, Duration.ofMinutes(5));
                callers.add(RawClient.connect(RestAssured.port).send("GET /api/v1/cooperatives/" + i + "/slow HTTP/1.1\r\n"
                        + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n"));
            }
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    given().queryParam("path", "/api/v1/cooperatives/11/slow").when().get(stub() + "/stub/hits").asString(),
                    hits -> Integer.parseInt(hits) >= (reset ? 2 : 1));
            callers.forEach(caller -> caller.hangUp(reset));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> counter("koperasi_gateway_client_aborts_total", "registry") >= before + 24);
        given().when().get(services).then().body(SERVICES + "registry-circuit", equalTo("CLOSED"));
        given().when().get("/api/v1/cooperatives").then().statusCode(200);
    }

    @Test
    void aFullGatewayAnswers503OfItsOwnAndLeavesTheServicesCircuitAlone() throws Exception {
        // narrow has one connection and no queue; its /slow holds the connection for its 2 s timeout.
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() ->
                given().auth().oauth2(Tokens.officer()).when().get("/api/v1/narrow/slow").then().extract().statusCode());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().auth().oauth2(Tokens.officer()).when().get("/api/v1/narrow/items")
                        .then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "1")
                        .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/gateway-overloaded"))
                        .body("title", equalTo("The gateway is overloaded")));
        assertThat(holder.get(), equalTo(504));
        assertThat(counter("koperasi_gateway_overload_total", "narrow"), greaterThanOrEqualTo(1.0));
        given().when().get(services).then().body(SERVICES + "narrow-circuit", equalTo("CLOSED"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/narrow/items").then().statusCode(200);
    }

    private String stub() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("koperasi.services.registry.url", String.class);
    }

    /** The sum of a counter's series for one service in the Prometheus text. */
    private double counter(String name, String service) {
        String text = given().when().get(metrics).then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("^" + name + "\\{([^}]*)\\} ([0-9.E+]+)$", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        while (matcher.find()) {
            if (matcher.group(1).contains("service=\"" + service + "\"")) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }
}
