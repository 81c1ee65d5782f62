package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The gateway with tracing switched on ({@code OTEL_SDK_DISABLED=false}, README "Tracing"): a server span per
 * request and a client span per call to a service, whose context the service receives. Nothing is sampled here
 * (the share stays 0), so nothing is exported; what is checked is the context the service receives.
 */
@QuarkusTest
@TestProfile(TracingTests.TracingOn.class)
@WithTestResource(UpstreamStubs.class)
class TracingTests {

    /** W3C trace context: version 00, a trace id and a span id that are not all zeros, the flags. */
    private static final String TRACEPARENT = "00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-0[01]";

    public static final class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Test
    void theCallersRequestIdAndTraceIdAreKeptAndTheGatewaysSpanIsTheParent() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("X-Request-Id", "frontend-42").header("traceparent", traceparent).header("tracestate", "kop=42")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200)
                .header("X-Request-Id", "frontend-42")
                .body("headers.x-request-id", equalTo("frontend-42"))
                // Once each (a second traceparent would leave the service to pick one).
                .body("headers.tracestate", equalTo("kop=42"))
                // Same trace; the parent is now the gateway's span, not the caller's (00f067aa0ba902b7).
                .body("headers.traceparent", matchesPattern("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-0[01]"))
                .body("headers.traceparent", not(containsString("00f067aa0ba902b7")));
    }

    @Test
    void aRequestWithoutTraceContextStartsATrace() {
        String first = given().when().get("/api/v1/cooperatives")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern(TRACEPARENT))
                .extract().path("headers.traceparent");
        String second = given().when().get("/api/v1/cooperatives")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern(TRACEPARENT))
                .extract().path("headers.traceparent");
        assertThat("each request is its own trace", second.substring(3, 35), not(equalTo(first.substring(3, 35))));
    }
}
