package id.go.bekasikota.koperasi.gateway.edge;

import id.go.bekasikota.koperasi.testsupport.RawClient;
import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

/** Refusals at the edge: problem details with the security headers and the request id, before any decision. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class RefusalTests {

    @Inject
    GatewayConfig config;

    /** Sent as is: no client library would leave these paths alone. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/cooperatives/../portfolio", "/api/v1/cooperatives/%2e%2e/portfolio",
            "/api/v1/cooperatives/%2E%2E/portfolio", "/api/v1//portfolio", "//api/v1/portfolio",
            "/api/v1/cooperatives%2f..%2fportfolio", "/api/v1/cooperatives/..%2Fportfolio", "/api/v1/%70ortfolio"})
    void pathsNotInTheirPlainFormAreRefusedBeforeAuthenticationAndRouting(String path) {
        String answer = rawAnswer("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer, containsString("application/problem+json"));
        assertThat(answer, containsString("X-Content-Type-Options: nosniff"));
        assertThat(answer, containsString("https://koperasi.bekasikota.go.id/problems/malformed-request"));
        given().queryParam("path", "/api/v1/portfolio").when().get(config.services().get("financing").url() + "/stub/hits")
                .then().body(equalTo("0"));
    }

    /** Requests the router cannot route, refused before any handler: still problem details with the edge's headers. */
    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/cooperatives HTTP/1.1\r\n\r\n", "GET api/v1/cooperatives HTTP/1.1\r\nHost: localhost\r\n\r\n"})
    void aRequestWithoutAHostOrWithAPathNotStartingWithASlashIsAMalformedRequest(String request) {
        String answer = rawAnswer(request);
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer, containsString("application/problem+json"));
        assertThat(answer, containsString("X-Content-Type-Options: nosniff"));
        assertThat(answer, matchesPattern("(?s).*X-Request-Id: [0-9a-f-]{36}\r\n.*"));
        assertThat(answer, containsString("\"type\":\"https://koperasi.bekasikota.go.id/problems/malformed-request\""));
        assertThat(answer, containsString("\"status\":400"));
    }

    @Test
    void oversizedHeadersAre431ProblemDetails() {
        refusal(given().header("X-Padding", "x".repeat(20_000)).when().get("/api/v1/cooperatives").then(), 431)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/request-header-too-large"));
    }

    @Test
    void anOverlongTargetIs414ProblemDetails() {
        refusal(given().queryParam("name", "x".repeat(9_000)).when().get("/api/v1/cooperatives").then(), 414)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/uri-too-long"));
    }

    @Test
    void theManagementEndpointsAreNotOnThePublicPort() {
        for (String path : new String[]{"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"}) {
            refusal(given().when().get(path).then(), 404)
                    .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/not-found"));
        }
    }

    /** The answer to a request sent on a plain socket exactly as written, once its problem body has arrived. */
    private static String rawAnswer(String request) {
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send(request);
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(client.received()).toString().contains("}"));
            return answer.toString();
        }
    }

    private static ValidatableResponse refusal(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("status", equalTo(status));
    }
}
