package id.go.bekasikota.koperasi.platform.security;

import com.github.benmanes.caffeine.cache.Ticker;
import id.go.bekasikota.koperasi.tokens.VerifiedTokens;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * The service's verification of bearer tokens (smallrye-jwt's {@link JWTParser}, which Quarkus calls for
 * every request that carries one) with a memory of the tokens it accepted a moment ago, as the gateway
 * keeps ({@link VerifiedTokens}): the very same token text is taken again without checking its signature,
 * for at most {@code koperasi.verified-tokens.kept-for} and never past its {@code exp}. A refused token is
 * never kept, so it is checked again every time. The RSA check was about a tenth of the registry's CPU
 * time per registration (JFR, issue 20). What the services check beyond smallrye-jwt
 * ({@link TokenClaimsCheck}) still runs on every request. The parser's other methods, which Quarkus does
 * not call for a request, go to smallrye-jwt unchanged.
 */
@Decorator
@Priority(1)
public class RememberedTokens implements JWTParser {

    private final JWTParser parser;
    private final VerifiedTokens verified;

    @Inject
    public RememberedTokens(@Delegate @Any JWTParser parser,
                            @ConfigProperty(name = "koperasi.verified-tokens.maximum-size", defaultValue = "2000") long maximumSize,
                            @ConfigProperty(name = "koperasi.verified-tokens.kept-for", defaultValue = "60s") Duration keptFor) {
        this.parser = parser;
        this.verified = new VerifiedTokens(maximumSize, keptFor, Ticker.systemTicker(), () -> Instant.now().getEpochSecond());
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        JsonWebToken known = verified.verified(bearerToken).orElse(null);
        if (known != null) {
            return known;
        }
        long keySets = verified.generation();
        JsonWebToken token = parser.parse(bearerToken);
        verified.accepted(bearerToken, token, keySets);
        return token;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
