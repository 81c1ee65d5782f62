package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import id.go.bekasikota.koperasi.testsupport.RawClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class RoutingTests {

    private static final String A_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest
    @CsvSource({
            "/api/v1/cooperatives, registry",
            "/api/v1/cooperatives/42/annual-reports/2025, registry",
            "/api/v1/cooperative-imports, registry",
            "/api/v1/statistics/activation, registry",
            "/api/v1/clusters/7/members, registry",
            "/api/v1/cooperative-exports, registry",
            "/api/v1/financing-programs, financing",
            "/api/v1/loan-simulations, financing",
            "/api/v1/loan-applications/9/submit, financing",
            "/api/v1/loan-eligibility, financing",
            "/api/v1/partner/applications, financing",
            "/api/v1/portfolio, financing",
            "/api/v1/award-programs/2026/winners, awards",
            "/api/v1/nominations/3/scores, awards",
            "/api/v1/award-eligibility, awards",
            "/api/v1/juror/assignments, awards"})
    void everyConfiguredPathReachesTheServiceThatOwnsIt(String path, String service) {
        // A caller of its own, so that no other test's requests count against its rate limits.
        String token = DevTokens.issue("officer", "routing-" + UUID.randomUUID(), null, null, Duration.ofMinutes(5));
        given().auth().oauth2(token).queryParam("asOf", "2026-07-01")
                .when().post(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("path", equalTo(path))
                .body("query", equalTo("asOf=2026-07-01"));
    }

    @Test
    void aRequestIdIsGeneratedSentOnAndReturned() {
        String sent = given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/cooperatives/42")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(A_UUID))
                .body("headers.x-request-id", matchesPattern(A_UUID))
                .extract().path("headers.x-request-id");
        // The service's own X-Request-Id header does not replace the gateway's.
        given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/cooperatives/42")
                .then().header("X-Request-Id", not(equalTo(sent))).header("X-Request-Id", matchesPattern(A_UUID));
    }

    @Test
    void whileTracingIsOffTheCallersTraceContextReachesTheServiceUnchanged() {
        // The default (OTEL_SDK_DISABLED unset): the gateway makes no span; with tracing on see TracingTests.
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("X-Request-Id", "frontend-42").header("traceparent", traceparent).header("tracestate", "kop=42")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200)
                .header("X-Request-Id", "frontend-42")
                .body("headers.x-request-id", equalTo("frontend-42"))
                .body("headers.traceparent", equalTo(traceparent))
                .body("headers.tracestate", equalTo("kop=42"));
        // Without one the service starts the trace itself.
        given().when().get("/api/v1/cooperatives")
                .then().statusCode(200)
                .body("headers", not(hasKey("traceparent")));
    }

    @Test
    void anUnreasonableRequestIdIsReplaced() {
        given().header("X-Request-Id", "<script>alert(1)</script>")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(A_UUID))
                .body("headers.x-request-id", matchesPattern(A_UUID));
    }

    @Test
    void forwardedHeadersAndTheAuthorizationReachTheService() {
        String token = Tokens.officer();
        given().auth().oauth2(token).header("X-Forwarded-For", "203.0.113.9")
                .when().get("/api/v1/loan-applications")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("203.0.113.9, 127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("localhost:" + RestAssured.port))
                .body("headers.x-forwarded-port", equalTo(String.valueOf(RestAssured.port)))
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void aForwardedChainFromAPeerThatIsNoTrustedProxyIsReplacedByThePeer() {
        // 127.0.0.2 is not in koperasi.trusted-proxies (the test profile trusts 127.0.0.1 only).
        try (RawClient client = RawClient.connect(RestAssured.port, "127.0.0.2")) {
            client.send("GET /api/v1/cooperatives HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.9\r\n"
                    + "Forwarded: for=198.51.100.7\r\nConnection: close\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(client.received()).toString().contains("}"));
            assertThat(answer.toString(), containsString("\"x-forwarded-for\":\"127.0.0.2\""));
            assertThat(answer.toString(), not(containsString("forwarded\":\"for=")));
        }
    }

    @Test
    void behindTheTlsIngressTheServiceLearnsTheSchemeHostAndPortTheCallerUsed() {
        // The ingress (a trusted proxy: the test client) ended TLS; what it appended last is what it received.
        given().auth().oauth2(Tokens.officer()).header("Host", "koperasi.bekasikota.go.id")
                .header("X-Forwarded-Proto", "http, https").header("X-Forwarded-Port", "443")
                .when().get("/api/v1/loan-applications")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("koperasi.bekasikota.go.id"))
                .body("headers.x-forwarded-port", equalTo("443"));
        // RFC 7239 from the ingress says the same.
        given().auth().oauth2(Tokens.officer()).header("Forwarded", "for=203.0.113.9;proto=https;host=koperasi.bekasikota.go.id")
                .when().get("/api/v1/loan-applications")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("koperasi.bekasikota.go.id"))
                .body("headers.x-forwarded-port", equalTo("443"));
    }

    @Test
    void aClientsOwnForwardingHeadersNeverReachTheService() {
        // 127.0.0.2 is no trusted proxy: its X-Forwarded-Proto, -Ssl (which would turn a service's links to https)
        // and -Prefix are its own inventions.
        try (RawClient client = RawClient.connect(RestAssured.port, "127.0.0.2")) {
            client.send("GET /api/v1/cooperatives HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                    + "X-Forwarded-Ssl: on\r\nX-Forwarded-Prefix: /elsewhere\r\nX-Forwarded-Host: evil.example\r\n"
                    + "Connection: close\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(client.received()).toString().contains("}"));
            assertThat(answer.toString(), containsString("\"x-forwarded-proto\":\"http\""));
            assertThat(answer.toString(), containsString("\"x-forwarded-host\":\"localhost\""));
            assertThat(answer.toString(), containsString("\"x-forwarded-port\":\"80\""));
            assertThat(answer.toString(), not(containsString("x-forwarded-ssl")));
            assertThat(answer.toString(), not(containsString("x-forwarded-prefix")));
            assertThat(answer.toString(), not(containsString("evil.example")));
        }
    }

    @Test
    void anHttp10RequestWithoutHostNamesTheAddressItReachedNotTheServices() {
        try (RawClient client = RawClient.connect(RestAssured.port, "127.0.0.2")) {
            client.send("GET /api/v1/cooperatives HTTP/1.0\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(client.received()).toString().contains("}"));
            // The services build Location from X-Forwarded-Host (the Host the gateway's client sends is the service's).
            String reached = "127.0.0.1:" + RestAssured.port;
            assertThat(answer.toString(), containsString("\"x-forwarded-host\":\"" + reached + "\""));
            assertThat(answer.toString(), containsString("\"x-forwarded-port\":\"" + RestAssured.port + "\""));
        }
    }

    @Test
    void requestBodiesAreStreamedToTheService() {
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body("{\"name\":\"Koperasi Boneka Bekasi\"}")
                .when().post("/api/v1/cooperatives")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodySize", equalTo(33));
    }

    @Test
    void http2CallersGetTheirBodiesThroughToo() throws Exception {
        // Java's HTTP client asks for HTTP/2 by default (h2c upgrade here): a GET, then POSTs on the same connection.
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.URI base = java.net.URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        java.net.http.HttpResponse<String> read = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/cooperatives"))
                .header("Authorization", "Bearer " + Tokens.officer()).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode(), equalTo(200));
        for (String body : new String[]{"{\"name\":\"Koperasi Boneka Bekasi\"}", "{\"name\":\"Koperasi Dua\"}"}) {
            java.net.http.HttpResponse<String> written = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/cooperatives"))
                    .header("Authorization", "Bearer " + Tokens.officer()).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(written.version(), equalTo(java.net.http.HttpClient.Version.HTTP_2));
            assertThat(written.statusCode(), equalTo(200));
            assertThat(written.body(), containsString("\"bodySize\":" + body.length()));
        }
    }

    @Test
    void unknownPathsAreProblemDetails() {
        given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"));
        // A prefix no service serves is not routed (the register's reports live under each cooperative).
        given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/annual-reports")
                .then().statusCode(404).contentType("application/problem+json");
        // A look-alike of a routed prefix is not routed.
        given().auth().oauth2(Tokens.officer())
                .when().get("/api/v1/cooperatives-archive")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/no-such-page")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
