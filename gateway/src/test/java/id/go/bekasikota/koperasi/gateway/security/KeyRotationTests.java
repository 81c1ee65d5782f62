package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A key rotated into the identity provider's key set while the gateway's copy of the set is older, and cannot be read
 * again yet (smallrye-jwt re-reads it for an unknown key id at most once a minute, and any caller's token of a made-up
 * key id spends that turn): a token of the new key is good, answered 503 with {@code Retry-After} so that its client
 * keeps it, not 401 {@code invalid_token} (which every client signing in during that minute was answered).
 */
@QuarkusTest
@TestProfile(KeyRotationTests.KeySetOnItsOwnPort.class)
@WithTestResource(UpstreamStubs.class)
class KeyRotationTests {

    static final int PORT = DevKeySets.port("key-rotation");

    private static final AtomicReference<String> PUBLISHED = new AtomicReference<>();
    private static Vertx vertx;

    public static final class KeySetOnItsOwnPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The production settings: an unknown key id reads the set again at most once a minute.
            return Map.of("mp.jwt.verify.publickey.location", "http://127.0.0.1:" + PORT + "/certs",
                    "smallrye.jwt.jwks.forced-refresh-interval", "1");
        }
    }

    @BeforeAll
    static void serveTheKeySet() throws Exception {
        PUBLISHED.set(DevKeySets.signingKeysAndAnEncryptionKey("koperasi-dev"));
        vertx = Vertx.vertx();
        vertx.createHttpServer().requestHandler(request -> request.response().putHeader("Content-Type", "application/json").end(PUBLISHED.get()))
                .listen(PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopTheKeySet() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTokenOfAKeyRotatedInWhileTheSetCannotBeReadAgainIsA503NotAnInvalidToken() throws Exception {
        given().auth().oauth2(DevTokens.issue("officer", "officer-" + UUID.randomUUID(), null, null, Duration.ofMinutes(10)))
                .when().get("/api/v1/cooperatives/mine").then().statusCode(200);
        // Anyone's token of a made-up key: refused, and it spends the parser's turn to read the set again.
        given().auth().oauth2(signedWith("made-up")).when().get("/api/v1/cooperatives/mine")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");

        // The identity provider rotates a key in.
        PUBLISHED.set(DevKeySets.signingKeysAndAnEncryptionKey("koperasi-dev", "koperasi-dev-2027"));
        String rotated = signedWith("koperasi-dev-2027");
        // The gateway's own look at the set is kept two seconds: until it looks again, the key is unknown to it too.
        Response answer = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> given().auth().oauth2(rotated).when().get("/api/v1/cooperatives/mine"), sent -> sent.statusCode() != 401);
        answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .header("WWW-Authenticate", nullValue())
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unavailable"))
                .body("detail", equalTo("The bearer token is signed with a key the identity provider published a moment ago; it is "
                        + "taken in within a minute: send the same token again after Retry-After seconds"));
        // A key the set does not name is still the token's fault; so is its encryption key, which signs nothing.
        given().auth().oauth2(signedWith("retired-2025")).when().get("/api/v1/cooperatives/mine").then().statusCode(401);
        given().auth().oauth2(signedWith("koperasi-enc")).when().get("/api/v1/cooperatives/mine").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    private static String signedWith(String keyId) throws Exception {
        return DevTokens.claims("officer", "officer-" + UUID.randomUUID(), null, null, Duration.ofMinutes(10))
                .jws().keyId(keyId).sign(DevTokens.privateKey());
    }
}
