package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static io.restassured.RestAssured.given;
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
                .when().post("/api/v1/annual-reports/within")
                .then().statusCode(200).body("bodySize", equalTo(LIMIT));
    }

    @Test
    void anAnnouncedBodyOverTheLimitIsRefusedBeforeReachingTheService() {
        given().auth().oauth2(Tokens.officer()).contentType("application/octet-stream").body(new byte[LIMIT + 1])
                .when().post("/api/v1/annual-reports/announced")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/payload-too-large"))
                .body("status", equalTo(413));
        assertHits("/api/v1/annual-reports/announced", 0);
    }

    @Test
    void aStreamedBodyOverTheLimitIsCutOff() {
        given().auth().oauth2(Tokens.officer()).contentType("application/octet-stream")
                .body(new ByteArrayInputStream(new byte[4 * LIMIT]))
                .when().post("/api/v1/annual-reports/streamed")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/payload-too-large"));
    }

    private void assertHits(String path, int expected) {
        given().queryParam("path", path).when().get(config.services().get("registry").url() + "/stub/hits")
                .then().body(equalTo(String.valueOf(expected)));
    }
}
