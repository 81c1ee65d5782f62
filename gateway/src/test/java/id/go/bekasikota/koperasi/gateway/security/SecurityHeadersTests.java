package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** The test profile configures HSTS (koperasi.security-headers.hsts). */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class SecurityHeadersTests {

    @Test
    void apiAnswersCarryTheSecurityHeadersAndAreNotCached() {
        secured(given().when().get("/api/v1/cooperatives").then().statusCode(200))
                .header("Cache-Control", "no-store");
    }

    @Test
    void theGatewaysOwnAnswersCarryThemToo() {
        secured(given().when().get("/api/v1/nominations").then().statusCode(401))
                .header("Cache-Control", "no-store");
        secured(given().when().get("/api-docs/").then().statusCode(200));
    }

    private static ValidatableResponse secured(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
}
