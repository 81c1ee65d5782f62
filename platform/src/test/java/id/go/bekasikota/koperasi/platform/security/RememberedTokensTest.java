package id.go.bekasikota.koperasi.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedTokensTest {

    private final List<String> checked = new ArrayList<>();
    /** smallrye-jwt's parser as far as a request uses it: a token ending in ".forged" fails its signature check. */
    private final JWTParser smallryeJwt = (JWTParser) Proxy.newProxyInstance(JWTParser.class.getClassLoader(),
            new Class<?>[] {JWTParser.class}, (proxy, method, arguments) -> {
                if (!method.getName().equals("parse") || arguments.length != 1) {
                    throw new UnsupportedOperationException(method.getName());
                }
                String bearerToken = (String) arguments[0];
                checked.add(bearerToken);
                if (bearerToken.endsWith(".forged")) {
                    throw new ParseException("signature");
                }
                return token(Instant.now().getEpochSecond() + 3600);
            });
    private final JWTParser remembering = new RememberedTokens(smallryeJwt, 10, Duration.ofSeconds(60));

    @Test
    void anAcceptedTokenIsCheckedOnceAndTakenAgainAsItWas() throws ParseException {
        JsonWebToken first = remembering.parse(raw("good"));
        JsonWebToken second = remembering.parse(raw("good"));

        assertThat(second).isSameAs(first);
        assertThat(checked).containsExactly(raw("good"));
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        assertThatThrownBy(() -> remembering.parse(raw("forged"))).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> remembering.parse(raw("forged"))).isInstanceOf(ParseException.class);

        assertThat(checked).containsExactly(raw("forged"), raw("forged"));
    }

    @Test
    void anotherTokenTextIsCheckedOnItsOwn() throws ParseException {
        remembering.parse(raw("good"));
        remembering.parse(raw("other"));
        assertThatThrownBy(() -> remembering.parse(raw("forged"))).isInstanceOf(ParseException.class);

        assertThat(checked).containsExactly(raw("good"), raw("other"), raw("forged"));
    }

    @Test
    void nothingIsRememberedWhenKeptForIsZero() throws ParseException {
        JWTParser forgetful = new RememberedTokens(smallryeJwt, 10, Duration.ZERO);
        forgetful.parse(raw("good"));
        forgetful.parse(raw("good"));

        assertThat(checked).hasSize(2);
    }

    private static String raw(String signature) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8))
                + ".e30." + signature;
    }

    /** A principal as smallrye-jwt makes it. */
    private static JsonWebToken token(long exp) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("officer");
        claims.setExpirationTime(NumericDate.fromSeconds(exp));
        return new DefaultJWTCallerPrincipal(claims);
    }
}
