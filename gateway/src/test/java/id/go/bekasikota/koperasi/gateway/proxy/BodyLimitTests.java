package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.testsupport.Http2Client;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The test profile limits request bodies to 64 KiB (quarkus.http.limits.max-body-size). */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class BodyLimitTests {

    private static final int LIMIT = 64 * 1024;

    @Inject
    GatewayConfig config;

    @Test
    void aBodyWithinTheLimitPasses() {
        given().auth().oauth2(Tokens.officer()).contentType("application/octet-stream").body(new byte[LIMIT])
                .when().post("/api/v1/clusters/within")
                .then().statusCode(200).body("bodySize", equalTo(LIMIT));
    }

    @Test
    void anAnnouncedBodyOverTheLimitIsRefusedBeforeReachingTheService() {
        given().auth().oauth2(Tokens.officer()).contentType("application/octet-stream").body(new byte[LIMIT + 1])
                .when().post("/api/v1/clusters/announced")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/payload-too-large"))
                .body("status", equalTo(413));
        assertHits("/api/v1/clusters/announced", 0);
    }

    @Test
    void aStreamedBodyOverTheLimitIsCutOff() {
        given().auth().oauth2(Tokens.officer()).contentType("application/octet-stream")
                .body(new ByteArrayInputStream(new byte[4 * LIMIT]))
                .when().post("/api/v1/clusters/streamed")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/payload-too-large"));
    }

    @Test
    void anHttp2CallerReadsTheRefusalAndItsConnectionServesTheNextRequest() {
        // HTTP/2 forbids a Connection header (RFC 9113 §8.2.2): with one, the 413 reached the caller as a broken stream.
        try (Http2Client client = new Http2Client(RestAssured.port)) {
            Map<String, String> headers = Map.of("Authorization", "Bearer " + Tokens.officer(), "Content-Type", "application/octet-stream");
            Http2Client.Answer refused = client.postPart("/api/v1/clusters/announced-h2", headers, 4L * LIMIT, new byte[1024]);
            assertThat(refused.version()).isEqualTo(HttpVersion.HTTP_2);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.headers().contains("Connection")).isFalse();
            assertThat(refused.headers().get("Content-Type")).isEqualTo("application/problem+json");
            assertThat(refused.body()).contains("\"type\":\"https://koperasi.bekasikota.go.id/problems/payload-too-large\"");
            // Only the refused request's stream ended: the same connection carries the next one.
            Http2Client.Answer next = client.get("/api/v1/clusters/after-h2", headers);
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.connection()).isSameAs(refused.connection());
        }
        assertHits("/api/v1/clusters/announced-h2", 0);
    }

    private void assertHits(String path, int expected) {
        given().queryParam("path", path).when().get(config.services().get("registry").url() + "/stub/hits")
                .then().body(equalTo(String.valueOf(expected)));
    }
}
