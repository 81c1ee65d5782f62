package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway following an identity provider's key set (a JWKS URL, as with Keycloak) that is not up: a token
 * it cannot check is not refused as invalid (a client would drop a good token and send its user to a login page
 * that is down too) but answered 503 with {@code Retry-After}; once the key set answers, the same token passes;
 * a token whose key the key set does not have is refused, 401 {@code invalid_token}.
 */
@QuarkusTest
@TestProfile(KeySetOutageTests.KeySetOnItsOwnPort.class)
@WithTestResource(UpstreamStubs.class)
class KeySetOutageTests {

    /**
     * Where the key set is served once the identity provider is up; nothing listens there at first. Kept in a
     * system property: the profile and the test are loaded by different class loaders, and must agree.
     */
    static final int PORT = DevKeySets.port("key-set");

    private static Vertx vertx;

    public static final class KeySetOnItsOwnPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "http://127.0.0.1:" + PORT + "/certs",
                    // A failed read may be tried again at once (one minute in production).
                    "smallrye.jwt.jwks.forced-refresh-interval", "0");
        }
    }

    @AfterAll
    static void stopTheKeySet() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTokenTheKeySetCannotCheckIsA503AndPassesOnceTheKeySetAnswers() throws Exception {
        String token = DevTokens.issue("officer", "officer-" + UUID.randomUUID(), null, null, Duration.ofMinutes(10));
        given().auth().oauth2(token).when().get("/api/v1/cooperatives/mine")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("WWW-Authenticate", nullValue())
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unavailable"))
                .body("status", equalTo(503));

        serveTheKeySet();
        given().auth().oauth2(token).when().get("/api/v1/cooperatives/mine")
                .then().statusCode(200).body("service", equalTo("registry"));

        // A key the key set does not name (another issuer's, a retired one) is the token's fault.
        String otherKey = DevTokens.claims("officer", "officer-" + UUID.randomUUID(), null, null, Duration.ofMinutes(10))
                .jws().keyId("retired-2025").sign(DevTokens.privateKey());
        given().auth().oauth2(otherKey).when().get("/api/v1/cooperatives/mine")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    /** The development public key as a JWKS with the key id the development tokens carry. */
    private static void serveTheKeySet() throws Exception {
        String jwks = DevKeySets.signingKeys("koperasi-dev");
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.response()
                .putHeader("Content-Type", "application/json").end(jwks));
        server.listen(PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
