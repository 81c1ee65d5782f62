package id.go.bekasikota.koperasi.gateway;

import id.go.bekasikota.koperasi.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class GatewayTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void routesToTheOwningServiceWithRequestIdAndForwardedHeaders() {
        given().auth().oauth2(DevTokens.issue("officer"))
                .when().post("/api/v1/cooperatives/123/annual-reports")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("path", equalTo("/api/v1/cooperatives/123/annual-reports"))
                .body("method", equalTo("POST"))
                .body("headers.x-request-id", matchesPattern("[0-9a-f-]{36}"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.authorization", containsString("Bearer "));
    }

    @Test
    void aCallersRequestIdAndTraceContextAreKept() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("X-Request-Id", "frontend-42").header("traceparent", traceparent)
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200)
                .header("X-Request-Id", "frontend-42")
                .body("headers.x-request-id", equalTo("frontend-42"))
                .body("headers.traceparent", equalTo(traceparent));
    }

    @Test
    void anonymousCallersReachOnlyPublicReads() {
        given().when().get("/api/v1/cooperatives/abc").then().statusCode(200);
        given().when().get("/api/v1/statistics/activation").then().statusCode(200);
        given().when().post("/api/v1/cooperatives")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unauthenticated"));
        given().when().get("/api/v1/nominations").then().statusCode(401).contentType(PROBLEM);
        // A look-alike prefix is not the public path.
        given().when().get("/api/v1/cooperatives-secret").then().statusCode(401);
    }

    @Test
    void expiredTokensAreRefused() {
        String expired = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().sign(DevTokens.privateKey());
        given().auth().oauth2(expired).when().get("/api/v1/cooperatives").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void tokensOfAnotherIssuerOrAudienceAreRefused() {
        String wrongIssuer = Jwt.issuer("https://evil.example/realms/koperasi").audience(DevTokens.AUDIENCE)
                .subject("x").groups(Set.of("officer")).expiresIn(Duration.ofHours(1)).sign(DevTokens.privateKey());
        given().auth().oauth2(wrongIssuer).when().get("/api/v1/cooperatives").then().statusCode(401).contentType(PROBLEM);
        String wrongAudience = Jwt.issuer(DevTokens.ISSUER).audience("another-system")
                .subject("x").groups(Set.of("officer")).expiresIn(Duration.ofHours(1)).sign(DevTokens.privateKey());
        given().auth().oauth2(wrongAudience).when().get("/api/v1/cooperatives").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .jws().sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).when().post("/api/v1/cooperatives").then().statusCode(401).contentType(PROBLEM);

        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + DevTokens.ISSUER + "\",\"aud\":\"" + DevTokens.AUDIENCE
                + "\",\"sub\":\"x\",\"groups\":[\"officer\"],\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(header + "." + payload + ".").when().post("/api/v1/cooperatives")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "Basic b2ZmaWNlcjpvZmZpY2Vy").when().get("/api/v1/cooperatives")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aServiceThatIsDownAnswersProblemDetails() {
        given().auth().oauth2(DevTokens.issue("officer"))
                .when().get("/api/v1/loan-applications")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unavailable"))
                .body("detail", containsString("financing"));
    }

    @Test
    void unknownApiPathsAreProblemDetails() {
        given().auth().oauth2(DevTokens.issue("officer"))
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/not-found"));
    }

    @Test
    void corsPreflightIsAllowedForTheFrontendOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/cooperatives")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/cooperatives")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void pastTheRateLimitTheAnswerIs429WithRetryAfter() {
        String token = DevTokens.issue("juror", "juri-rate@dev", null, null, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/nominations").then().statusCode(200);
        }
        given().auth().oauth2(token).when().get("/api/v1/nominations")
                .then().statusCode(429).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("\\d+"))
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/too-many-requests"));
        // Another client has its own bucket.
        given().auth().oauth2(DevTokens.issue("juror", "juri-lain@dev", null, null, Duration.ofHours(1)))
                .when().get("/api/v1/nominations").then().statusCode(200);
    }

    @Test
    void securityHeadersAreSet() {
        given().when().get("/api/v1/cooperatives")
                .then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }

    @Test
    void oneApiDocumentationPageListsEveryService() {
        given().when().get("/api-docs/").then().statusCode(200).contentType(containsString("text/html"));
        given().when().get("/openapi/registry").then().statusCode(200).body("openapi", equalTo("3.1.0"));
        given().when().get("/openapi/financing").then().statusCode(503).contentType(PROBLEM);
    }

    @Test
    void readinessReportsEachService() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'services' }.data.registry", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.financing", equalTo("UNREACHABLE"));
    }
}
