package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service remembers the tokens it accepted a moment ago (platform's {@code RememberedTokens}, issue
 * 20): the parser Quarkus calls for every request returns the very token it verified before for the same
 * text, and a token whose signature was altered is refused even right after the genuine one was accepted.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class RememberedTokenTests {

    @Inject
    JWTParser parser;

    @Test
    void theSameTokenTextIsVerifiedOnce() throws ParseException {
        String token = Tokens.officer();

        // smallrye-jwt alone builds a new principal at each verification.
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        assertThat(parser.parse(Tokens.auditor())).isNotSameAs(parser.parse(token));
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefusedRightAfterTheGenuineOne() {
        String token = Tokens.officer();
        given().auth().oauth2(token).when().get("/api/v1/statistics/activation/at-risk").then().statusCode(200);

        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        assertThatThrownBy(() -> parser.parse(altered)).isInstanceOf(ParseException.class);
        // A bearer token came and was refused: RFC 6750 §3.1's invalid_token tells an OAuth client to get a new one.
        given().auth().oauth2(altered).when().get("/api/v1/statistics/activation/at-risk").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        given().auth().oauth2(token).when().get("/api/v1/statistics/activation/at-risk").then().statusCode(200);
    }

    @Test
    void withoutABearerTokenTheChallengeNamesTheSchemeAlone() {
        given().when().get("/api/v1/statistics/activation/at-risk").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Basic b2ZmaWNlcjpvZmZpY2Vy").when().get("/api/v1/statistics/activation/at-risk")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }
}
