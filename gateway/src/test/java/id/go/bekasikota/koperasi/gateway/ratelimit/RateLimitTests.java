package id.go.bekasikota.koperasi.gateway.ratelimit;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The test profile allows 3 requests a minute per client in group "bulk" (2 without a token), 2 per partner. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class RateLimitTests {

    private static final String BULK = "/api/v1/cooperative-exports";

    @Test
    void pastTheLimitTheAnswerIs429WithRetryAfter() {
        String token = officer();
        // 3 a minute: one request's token comes back in 20 s, the whole budget in 60 s (RateLimit-Reset).
        List<String> resets = List.of("20", "40", "60");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get(BULK).then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(2 - i))
                    .header("RateLimit-Reset", resets.get(i));
        }
        given().auth().oauth2(token).when().get(BULK)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", "60")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("bulk"));
        // Another group keeps its own budget, and so does another client.
        given().auth().oauth2(token).when().get("/api/v1/cooperatives").then().statusCode(200);
        given().auth().oauth2(officer()).when().get(BULK).then().statusCode(200);
    }

    @Test
    void thePartnerIsTheClientWhateverItsUsers() {
        String partner = "bank-" + UUID.randomUUID();
        String teller = DevTokens.issue("partner", "teller@" + partner, partner, null, Duration.ofHours(1));
        String analyst = DevTokens.issue("partner", "analyst@" + partner, partner, null, Duration.ofHours(1));
        given().auth().oauth2(teller).when().get("/api/v1/partner/applications").then().statusCode(200);
        given().auth().oauth2(analyst).when().get("/api/v1/partner/applications").then().statusCode(200);
        given().auth().oauth2(teller).when().get("/api/v1/partner/applications").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9]\\d*"));
        String otherPartner = "bank-" + UUID.randomUUID();
        given().auth().oauth2(DevTokens.issue("partner", "teller@" + otherPartner, otherPartner, null, Duration.ofHours(1)))
                .when().get("/api/v1/partner/applications").then().statusCode(200);
    }

    @Test
    void callersWithoutATokenAreCountedByTheirAddress() {
        // Every anonymous request of the tests comes from 127.0.0.1: at most 2 of them pass.
        int status = 200;
        for (int i = 0; i < 3 && status == 200; i++) {
            status = given().when().get(BULK).then().extract().statusCode();
        }
        given().when().get(BULK).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"));
    }

    private static String officer() {
        return DevTokens.issue("officer", "officer-" + UUID.randomUUID() + "@dev", null, null, Duration.ofHours(1));
    }
}
