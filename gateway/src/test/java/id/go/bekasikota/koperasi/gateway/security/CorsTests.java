package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * CORS: every operation for the frontend origin (koperasi.cors.origins, http://localhost:5173); the
 * public operations and the API documents for any origin, without credentials; refusals are problems.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class CorsTests {

    private static final String FRONTEND = "http://localhost:5173";
    private static final String FOREIGN = "https://data.example.org";

    @Test
    void aPreflightFromTheFrontendIsAllowed() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "accept-language,authorization,content-type,if-match")
                .when().options("/api/v1/cooperatives/42")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", allOf(containsStringIgnoringCase("authorization"),
                        containsStringIgnoringCase("if-match"), containsStringIgnoringCase("accept-language")));
    }

    @Test
    void theFrontendCanReadTheHeadersItNeeds() {
        given().auth().oauth2(Tokens.officer()).header("Origin", FRONTEND)
                .when().get("/api/v1/loan-applications/42")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", allOf(containsStringIgnoringCase("etag"),
                        containsStringIgnoringCase("x-request-id"), containsStringIgnoringCase("location"),
                        containsStringIgnoringCase("content-disposition"), containsStringIgnoringCase("retry-after"),
                        containsStringIgnoringCase("ratelimit-remaining"), containsStringIgnoringCase("idempotent-replayed"),
                        containsStringIgnoringCase("allow"),
                        containsStringIgnoringCase("www-authenticate")));
    }

    @Test
    void anyOriginMayReadThePublicDataWithoutCredentials() {
        given().header("Origin", FOREIGN).when().get("/api/v1/cooperatives?name=garuda")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("etag"));
        given().header("Origin", FOREIGN).when().get("/api/v1/statistics/activation")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        given().header("Origin", FOREIGN).when().get("/openapi/registry")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/award-programs/2026/winners")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", not(containsStringIgnoringCase("authorization")));
    }

    @Test
    void aForeignOriginIsRefusedEverythingElse() {
        refused(given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/cooperatives").then());
        refused(given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/cooperatives").then());
        refused(given().auth().oauth2(Tokens.officer()).header("Origin", FOREIGN)
                .when().get("/api/v1/loan-applications").then());
        refused(given().auth().oauth2(Tokens.officer()).header("Origin", FOREIGN)
                .when().get("/api/v1/cooperatives").then());
    }

    @Test
    void theEdgesOwnRefusalsReachTheFrontendReadable() {
        // A path not in canonical form (400), a request target too long (414): the browser must be able to read why.
        given().auth().oauth2(Tokens.officer()).header("Origin", FRONTEND).urlEncodingEnabled(false)
                .when().get("/api/v1/cooperatives/%2e%2e/loan-applications")
                .then().statusCode(400).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", FRONTEND);
        given().header("Origin", FOREIGN).when().get("/api/v1/cooperatives?name=" + "a".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void thePagesOfTheApisOwnOriginBehindTheTlsIngressAreNotCrossOrigin() {
        // The ingress (a trusted proxy: the test client) ended TLS for https://koperasi.bekasikota.go.id; the
        // documentation page there calls an operation that is not public with a token.
        given().auth().oauth2(Tokens.officer()).header("Origin", "https://koperasi.bekasikota.go.id")
                .header("Host", "koperasi.bekasikota.go.id").header("X-Forwarded-Proto", "https")
                .when().get("/api/v1/loan-applications/42")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        // The same page over plain http is another origin: refused as any foreign origin is.
        given().auth().oauth2(Tokens.officer()).header("Origin", "http://koperasi.bekasikota.go.id")
                .header("Host", "koperasi.bekasikota.go.id").header("X-Forwarded-Proto", "https")
                .when().get("/api/v1/loan-applications/42")
                .then().statusCode(403);
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/forbidden"))
                .body("detail", containsString(FOREIGN));
    }
}
