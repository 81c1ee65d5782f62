package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.nullValue;

/** CORS for the configured frontend origin (koperasi.cors.origins, http://localhost:5173) only. */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class CorsTests {

    private static final String FRONTEND = "http://localhost:5173";

    @Test
    void aPreflightFromTheFrontendIsAllowed() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/v1/cooperatives/42")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", allOf(containsStringIgnoringCase("authorization"),
                        containsStringIgnoringCase("if-match")));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/cooperatives")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theFrontendCanReadTheHeadersItNeeds() {
        given().auth().oauth2(Tokens.officer()).header("Origin", FRONTEND)
                .when().get("/api/v1/cooperatives/42")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", allOf(containsStringIgnoringCase("etag"),
                        containsStringIgnoringCase("x-request-id"), containsStringIgnoringCase("location")));
    }
}
