package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.tokens.PartnerIds;
import com.github.benmanes.caffeine.cache.Ticker;
import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.proxy.Message;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import id.go.bekasikota.koperasi.tokens.VerifiedTokens;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.lang.UnresolvableKeyException;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The first door: a bearer token, when sent, must be valid (smallrye-jwt checks the signature
 * against the configured key or JWKS, the issuer, the audience, the expiry with 30 s of clock
 * skew and a lifetime {@code exp - iat} of at most {@code smallrye.jwt.time-to-live};
 * {@code alg=none} is never accepted; this class adds: {@code iat} not in the future beyond the
 * skew, and {@code groups}, when present, a JSON array - a string is never split into roles);
 * without a token only the public operations pass. An accepted token is remembered for a short while
 * ({@link VerifiedTokens}, {@code koperasi.verified-tokens.*}), so a caller's next requests with it skip
 * the signature check.
 * The token checked travels on alone, as {@code Bearer <token>} (a request without one carries no Authorization
 * header on): the services verify it again and apply the fine-grained role and object-level rules.
 */
@ApplicationScoped
public class TokenCheck {

    /**
     * The challenge of a 401 (RFC 6750 §3): {@code Bearer} alone when the request carried no bearer token;
     * with {@code error="invalid_token"} when it carried one that was refused (expired, signed by another key,
     * for another issuer or audience, unreadable), which tells an OAuth client to get a new token rather than
     * send the same one again. A token that could not be checked (the key set unreachable) is not said to be
     * invalid: it is a 503 with {@code Retry-After} ({@link #keyUnresolved}).
     */
    static final String NO_TOKEN = "Bearer";
    /** Seconds a caller waits before sending a token the key set could not check again. */
    static final int UNCHECKED_RETRY_AFTER_SECONDS = 5;
    static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    /** The verified token of the request, for the rate limiter. */
    public static final String TOKEN_KEY = "koperasi.token";
    private static final Logger LOG = Logger.getLogger(TokenCheck.class);

    private final JWTParser parser;
    private final List<PublicOperation> publicOperations;
    private final long skewSeconds;
    private final VerifiedTokens verified;
    private final KeySetProbe keySet;

    public TokenCheck(JWTParser parser, GatewayConfig config, Vertx vertx,
                      @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds,
                      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.parser = parser;
        this.publicOperations = config.publicOperations().stream().map(PublicOperation::parse).toList();
        this.skewSeconds = skewSeconds;
        this.verified = new VerifiedTokens(config.verifiedTokens().maximumSize(), config.verifiedTokens().keptFor(),
                Ticker.systemTicker(), () -> Instant.now().getEpochSecond());
        this.keySet = new KeySetProbe(vertx, keyLocation);
    }

    public void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            // OPTIONS only lists the methods a path takes (RFC 9110 9.3.7), which the documents publish anyway.
            if (isPublic(ctx.request().method(), ctx.request().path()) || ctx.request().method() == HttpMethod.OPTIONS) {
                // A blank first header and a second one behind it: nothing unchecked travels on.
                ctx.request().headers().remove("Authorization");
                ctx.next();
            } else {
                unauthenticated(ctx, Message.of("gateway.token.missing"), NO_TOKEN);
            }
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthenticated(ctx, Message.of("gateway.token.not-bearer"), NO_TOKEN);
            return;
        }
        String raw = authorization.substring(7).trim();
        if (raw.isEmpty()) {
            unauthenticated(ctx, Message.of("gateway.token.missing"), NO_TOKEN);
            return;
        }
        // The token checked here is the one the service gets, as it reads one: "Bearer" and one space (RFC 9110 allows
        // more, and any case), and alone (a second Authorization header is not forwarded).
        ctx.request().headers().set("Authorization", "Bearer " + raw);
        Optional<JsonWebToken> known = verified.verified(raw);
        if (known.isPresent()) {
            ctx.put(TOKEN_KEY, known.get());
            ctx.next();
            return;
        }
        long keySets = verified.generation();
        // Verification may fetch the identity provider's key set: off the event loop.
        ctx.vertx().<JsonWebToken>executeBlocking(() -> parser.parse(raw), false).onComplete(result -> {
            Optional<Message> refusal = result.succeeded()
                    ? refusal(claims(raw), Instant.now().getEpochSecond(), skewSeconds) : Optional.empty();
            if (refusal.isPresent()) {
                LOG.debugf("Token refused: %s", refusal.get().in(Message.ENGLISH));
                unauthenticated(ctx, Message.of("gateway.token.refused", refusal.get()), INVALID_TOKEN);
            } else if (result.succeeded()) {
                verified.accepted(raw, result.result(), keySets);
                ctx.put(TOKEN_KEY, result.result());
                ctx.next();
            } else if (keyUnresolved(result.cause(), raw)) {
                // Unreachable key set, or read and without the token's key: the failure alone does not say which.
                if (causedBy(result.cause(), IOException.class)) {
                    unchecked(ctx, result.cause());
                } else {
                    Object kid = header(raw).getValue("kid");
                    Object alg = header(raw).getValue("alg");
                    keySet.lookUp(kid instanceof String id ? id : null, alg instanceof String a ? a : null).onComplete(key -> {
                        if (key.succeeded() && key.result() == KeySetProbe.Key.UNKNOWN) {
                            LOG.debugf("Token refused: the key set has no key %s", kid);
                            unauthenticated(ctx, Message.of("gateway.token.invalid"), INVALID_TOKEN);
                        } else if (key.succeeded() && key.result() == KeySetProbe.Key.PUBLISHED) {
                            // A key rotated in since the parser last read the set, which it reads again at most once a
                            // minute: the token is good, not to be dropped by its client.
                            LOG.infof("Token of key %s, published since the key set was last read: checked again shortly", kid);
                            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(UNCHECKED_RETRY_AFTER_SECONDS));
                            Problems.send(ctx, Problems.unavailable(Message.of("gateway.token.new-key")));
                        } else {
                            unchecked(ctx, result.cause());
                        }
                    });
                }
            } else if (result.cause() instanceof ParseException) {
                LOG.debugf("Token refused: %s", result.cause().getMessage());
                unauthenticated(ctx, Message.of("gateway.token.invalid"), INVALID_TOKEN);
            } else {
                LOG.warnf(result.cause(), "Token could not be checked");
                unchecked(ctx, result.cause());
            }
        });
    }

    /**
     * Whether smallrye-jwt could not resolve the key of a token that names one ({@code kid}): the key set could not
     * be read (the identity provider down or not started yet: not the caller's fault, a 503 with {@code Retry-After}
     * and no {@code invalid_token}, which would make a client drop a good token), or it was read and has no such
     * key (another issuer's or a retired key: a 401). An {@link IOException} among the causes says the former;
     * otherwise {@link KeySetProbe} asks the key set.
     */
    static boolean keyUnresolved(Throwable failure, String raw) {
        return causedBy(failure, UnresolvableKeyException.class) && header(raw).getValue("kid") instanceof String;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void unchecked(RoutingContext ctx, Throwable failure) {
        LOG.warnf("Token could not be checked: the identity provider's key set cannot be read (%s)", rootMessage(failure));
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(UNCHECKED_RETRY_AFTER_SECONDS));
        Problems.send(ctx, Problems.unavailable(Message.of("gateway.token.unchecked")));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * What is wrong with the claims of a token whose signature, issuer, audience and times smallrye-jwt
     * accepted, or empty: an {@code iat} later than now plus the skew, a {@code groups} claim that is
     * not an array, a {@code partner_id} that is no partner id ({@link PartnerIds}: blank, a sentence, too long).
     */
    static Optional<Message> refusal(JsonObject claims, long nowSeconds, long skewSeconds) {
        Object issuedAt = claims.getValue("iat");
        if (issuedAt instanceof Number iat && iat.longValue() > nowSeconds + skewSeconds) {
            return Optional.of(Message.of("gateway.token.future-iat"));
        }
        Object groups = claims.getValue("groups");
        if (groups != null && !(groups instanceof JsonArray)) {
            return Optional.of(Message.of("gateway.token.groups-not-array"));
        }
        Object partnerId = claims.getValue("partner_id");
        if (claims.containsKey("partner_id") && (partnerId == null || !PartnerIds.valid(partnerId.toString()))) {
            return Optional.of(Message.of("gateway.token.partner-id"));
        }
        return Optional.empty();
    }

    /** The claims of a compact JWS as they were signed, before any conversion. */
    private static JsonObject claims(String raw) {
        return part(raw, 1);
    }

    /** The protected header of a compact JWS ({@code alg}, {@code kid}). */
    private static JsonObject header(String raw) {
        return part(raw, 0);
    }

    private static JsonObject part(String raw, int index) {
        String[] parts = raw.split("\\.");
        try {
            return parts.length < 2 ? new JsonObject() : new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(parts[index])));
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    public boolean isPublic(HttpMethod method, String path) {
        return publicOperations.stream().anyMatch(op -> op.matches(method, path));
    }

    private static void unauthenticated(RoutingContext ctx, Message detail, String challenge) {
        ctx.response().putHeader("WWW-Authenticate", challenge);
        Problems.send(ctx, Problems.unauthenticated(detail));
    }

    /** {@code GET /api/v1/cooperatives}: a method and a path prefix, matched at a segment boundary. */
    record PublicOperation(HttpMethod method, String prefix) {

        static PublicOperation parse(String text) {
            String[] parts = text.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("A public operation is 'METHOD /path', not '" + text + "'");
            }
            return new PublicOperation(HttpMethod.valueOf(parts[0].toUpperCase()), parts[1]);
        }

        boolean matches(HttpMethod requestMethod, String path) {
            boolean methodMatches = method.equals(requestMethod)
                    || (method.equals(HttpMethod.GET) && requestMethod.equals(HttpMethod.HEAD));
            return methodMatches && (path.equals(prefix) || path.startsWith(prefix + "/"));
        }
    }
}
