package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Security headers on every answer, set just before the headers go out so that they win over
 * whatever a service sent: no MIME sniffing, no framing, no referrer, HSTS when configured, and
 * {@code Cache-Control: no-store} on API answers unless the service chose a cache policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String hsts;

    public SecurityHeaders(GatewayConfig config) {
        this.hsts = config.securityHeaders().hsts().filter(value -> !value.isBlank()).orElse(null);
    }

    public void handle(RoutingContext ctx) {
        onAnswer(ctx);
        ctx.next();
    }

    /** The headers, set as the answer's headers go out (also on a request the router refused before any handler). */
    public void onAnswer(RoutingContext ctx) {
        boolean api = ctx.request().path().startsWith("/api/") || ctx.request().path().startsWith("/openapi/");
        ctx.addHeadersEndHandler(v -> {
            HttpServerResponse response = ctx.response();
            response.headers()
                    .set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "no-referrer");
            if (hsts != null) {
                response.headers().set("Strict-Transport-Security", hsts);
            }
            if (api && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
    }
}
