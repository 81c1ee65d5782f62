package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class TokenTests {

    private static final String PROTECTED = "/api/v1/loan-applications";

    @Test
    void aValidTokenPassesAndTravelsOnUnchanged() {
        String token = Tokens.partner("bank-bjb");
        given().auth().oauth2(token).when().get(PROTECTED)
                .then().statusCode(200).body("headers.authorization", equalTo("Bearer " + token));
    }

    /**
     * RFC 9110 allows any spaces between the scheme and the token, in any case: the token the gateway checked travels on
     * as the services read it, alone ({@code Bearer} and one space; a second Authorization header is not forwarded), so
     * that a service never refuses, or reads another token than, what the gateway accepted.
     */
    @Test
    void theCheckedTokenTravelsOnAloneInTheFormTheServicesRead() {
        String token = Tokens.officer();
        given().header("Authorization", "bearer    " + token).when().get(PROTECTED)
                .then().statusCode(200).body("headers.authorization", equalTo("Bearer " + token));
        given().header("Authorization", "Bearer " + token).header("Authorization", "Bearer abc").when().get(PROTECTED)
                .then().statusCode(200).body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void anonymousCallersReachOnlyThePublicOperations() {
        given().when().get("/api/v1/cooperatives").then().statusCode(200);
        given().when().get("/api/v1/cooperatives/abc/standing").then().statusCode(200);
        given().when().head("/api/v1/cooperatives/abc").then().statusCode(200);
        given().when().get("/api/v1/statistics/activation").then().statusCode(200);
        given().when().get("/api/v1/financing-programs/kur-mikro").then().statusCode(200);
        given().when().get("/api/v1/award-programs/2026/winners").then().statusCode(200);
        given().contentType("application/json").body("{}").when().post("/api/v1/loan-simulations").then().statusCode(200);

        refused(given().contentType("application/json").body("{}").when().post("/api/v1/cooperatives").then(), "Bearer");
        refused(given().when().delete("/api/v1/cooperatives/abc").then(), "Bearer");
        refused(given().when().get("/api/v1/loan-simulations").then(), "Bearer");
        refused(given().when().get("/api/v1/nominations").then(), "Bearer");
        refused(given().when().get("/api/v1/cooperative-imports/1").then(), "Bearer");
        refused(given().when().get("/api/v1/partner/applications").then(), "Bearer");
        // A look-alike of a public prefix is not public.
        refused(given().when().get("/api/v1/cooperatives-secret").then(), "Bearer");
    }

    @Test
    void optionsNeedsNoTokenItOnlyListsTheMethodsOfAPath() {
        // Reaches the service, which answers with the path's Allow list; a token, when sent, is still checked.
        given().when().options("/api/v1/nominations").then().statusCode(200).body("method", org.hamcrest.Matchers.equalTo("OPTIONS"));
        refused(given().auth().oauth2("not.a.token").when().options("/api/v1/nominations").then(), "Bearer error=\"invalid_token\"");
    }

    @Test
    void expiredTokensAreRefused() {
        String expired = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().sign(DevTokens.privateKey());
        refused(given().auth().oauth2(expired).when().get(PROTECTED).then());
        // A bad token is refused on public paths too: it is never silently dropped.
        refused(given().auth().oauth2(expired).when().get("/api/v1/cooperatives").then());
    }

    @Test
    void clockSkewOfUpTo30SecondsIsTolerated() {
        String justExpired = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(10))
                .jws().sign(DevTokens.privateKey());
        given().auth().oauth2(justExpired).when().get(PROTECTED).then().statusCode(200);
        String expiredAMinuteAgo = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(60))
                .jws().sign(DevTokens.privateKey());
        refused(given().auth().oauth2(expiredAMinuteAgo).when().get(PROTECTED).then());
    }

    @Test
    void tokensIssuedInTheFutureAreRefused() {
        String future = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().plusSeconds(600)).expiresAt(Instant.now().plusSeconds(3600))
                .jws().sign(DevTokens.privateKey());
        refused(given().auth().oauth2(future).when().get(PROTECTED).then());
        // Within the 30 s of clock skew it passes.
        String slightlyAhead = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().plusSeconds(10)).expiresAt(Instant.now().plusSeconds(3600))
                .jws().sign(DevTokens.privateKey());
        given().auth().oauth2(slightlyAhead).when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void tokensLivingLongerThanTheMaximumAreRefused() {
        // smallrye.jwt.time-to-live: 12 hours
        String century = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plus(Duration.ofDays(36_500)))
                .jws().sign(DevTokens.privateKey());
        refused(given().auth().oauth2(century).when().get(PROTECTED).then());
        String thirteenHours = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plus(Duration.ofHours(13)))
                .jws().sign(DevTokens.privateKey());
        refused(given().auth().oauth2(thirteenHours).when().get(PROTECTED).then());
        String elevenHours = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plus(Duration.ofHours(11)))
                .jws().sign(DevTokens.privateKey());
        given().auth().oauth2(elevenHours).when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void aGroupsClaimThatIsNotAnArrayIsRefused() {
        String text = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .claim("groups", "officer auditor").jws().sign(DevTokens.privateKey());
        refused(given().auth().oauth2(text).when().get(PROTECTED).then());
        refused(given().auth().oauth2(text).when().get("/api/v1/cooperatives").then());
    }

    @Test
    void aPartnerIdThatNoProgramCouldNameIsRefused() {
        for (String partnerId : new String[] {"", " ", "bank bjb", "-bank"}) {
            String token = DevTokens.claims("partner", "partner@dev", partnerId, null, Duration.ofHours(1)).jws().sign(DevTokens.privateKey());
            refused(given().auth().oauth2(token).header("Accept-Language", "en").when().get(PROTECTED).then());
            given().auth().oauth2(token).header("Accept-Language", "en").when().get(PROTECTED).then()
                    .body("detail", equalTo("The bearer token is not acceptable: its partner_id is not a partner id (1 to 64 letters, "
                            + "digits, dots, underscores or hyphens, from a letter or digit)"));
        }
        String nullId = DevTokens.claims("partner", "partner@dev", null, null, Duration.ofHours(1)).claim("partner_id", jakarta.json.JsonValue.NULL)
                .jws().sign(DevTokens.privateKey());
        refused(given().auth().oauth2(nullId).when().get(PROTECTED).then());
        String bank = DevTokens.claims("partner", "partner@dev", "bank-bjb", null, Duration.ofHours(1)).jws().sign(DevTokens.privateKey());
        given().auth().oauth2(bank).when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void tokensOfAnotherIssuerOrAudienceAreRefused() {
        String wrongIssuer = Jwt.issuer("https://evil.example/realms/koperasi").audience(DevTokens.AUDIENCE)
                .subject("x").groups(Set.of("officer")).expiresIn(Duration.ofHours(1)).sign(DevTokens.privateKey());
        refused(given().auth().oauth2(wrongIssuer).when().get(PROTECTED).then());
        String wrongAudience = Jwt.issuer(DevTokens.ISSUER).audience("another-system")
                .subject("x").groups(Set.of("officer")).expiresIn(Duration.ofHours(1)).sign(DevTokens.privateKey());
        refused(given().auth().oauth2(wrongAudience).when().get(PROTECTED).then());
    }

    @Test
    void tokensSignedWithAnotherKeyAreRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreignKey = generator.generateKeyPair().getPrivate();
        String forged = DevTokens.claims("officer", "officer@dev", null, null, Duration.ofHours(1))
                .jws().keyId("koperasi-dev").sign(foreignKey);
        refused(given().auth().oauth2(forged).when().get(PROTECTED).then());
    }

    @Test
    void unsignedTokensAreRefused() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"" + DevTokens.ISSUER + "\",\"aud\":\"" + DevTokens.AUDIENCE
                + "\",\"sub\":\"officer@dev\",\"groups\":[\"officer\"],\"iat\":" + Instant.now().getEpochSecond()
                + ",\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        refused(given().auth().oauth2(header + "." + payload + ".").when().get(PROTECTED).then());
    }

    @Test
    void otherSchemesAndGarbageAreRefused() {
        // No bearer token at all: the challenge names the scheme, no error (RFC 6750 §3.1).
        refused(given().header("Authorization", "Basic b2ZmaWNlcjpvZmZpY2Vy").when().get(PROTECTED).then(), "Bearer");
        refused(given().when().get(PROTECTED).then(), "Bearer");
        refused(given().auth().oauth2("not-a-token").when().get(PROTECTED).then());
        refused(given().header("Authorization", "Bearer ").when().get(PROTECTED).then(), "Bearer");
    }

    /** A bearer token was sent and refused: RFC 6750 §3.1's invalid_token, so that an OAuth client gets a new one. */
    private static void refused(ValidatableResponse response) {
        refused(response, "Bearer error=\"invalid_token\"");
    }

    private static void refused(ValidatableResponse response, String challenge) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", challenge)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unauthenticated"))
                .body("status", equalTo(401));
    }
}
