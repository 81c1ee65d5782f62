package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/**
 * The first door: a bearer token, when sent, must be valid (signature, issuer, audience, expiry
 * with 30 s skew; {@code alg=none} is never accepted); without one, only the public operations
 * pass. The services verify the token again and apply the fine-grained rules.
 */
@ApplicationScoped
public class TokenCheck {

    public static final String TOKEN_KEY = "koperasi.token";

    private final JWTParser parser;
    private final List<PublicOperation> publicOperations;

    public TokenCheck(JWTParser parser, GatewayConfig config) {
        this.parser = parser;
        this.publicOperations = config.publicOperations().stream().map(PublicOperation::parse).toList();
    }

    public void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            if (isPublic(ctx.request().method(), ctx.request().path())) {
                ctx.next();
            } else {
                unauthenticated(ctx, "This operation needs a bearer token");
            }
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthenticated(ctx, "Only bearer tokens are accepted");
            return;
        }
        String raw = authorization.substring(7).trim();
        ctx.vertx().<JsonWebToken>executeBlocking(() -> parser.parse(raw), false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.put(TOKEN_KEY, result.result());
                ctx.next();
            } else {
                String reason = result.cause() instanceof ParseException ? "the token is invalid, expired or not ours" : "the token cannot be checked";
                unauthenticated(ctx, "Send a valid, unexpired bearer token: " + reason);
            }
        });
    }

    boolean isPublic(HttpMethod method, String path) {
        return publicOperations.stream().anyMatch(op -> op.matches(method, path));
    }

    private static void unauthenticated(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.answer(ctx, 401, "unauthenticated", "A valid bearer token is required", detail);
    }

    /** {@code GET /api/v1/cooperatives}: the method and a path prefix (at a segment boundary). */
    record PublicOperation(HttpMethod method, String prefix) {

        static PublicOperation parse(String text) {
            String[] parts = text.trim().split("\\s+", 2);
            return new PublicOperation(HttpMethod.valueOf(parts[0]), parts[1]);
        }

        boolean matches(HttpMethod requestMethod, String path) {
            boolean methodMatches = method.equals(requestMethod)
                    || (method.equals(HttpMethod.GET) && requestMethod.equals(HttpMethod.HEAD));
            return methodMatches && (path.equals(prefix) || path.startsWith(prefix + "/"));
        }
    }
}
