package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Security headers on every answer, set just before the headers go out so that they win over
 * whatever a service sent: no MIME sniffing, no framing, no referrer, HSTS when configured, and
 * {@code Cache-Control: no-store} on API answers unless the service chose a cache policy.
 *
 * <p>And the framing a cache reads (RFC 9110, 9111): a {@code Date} in the IMF-fixdate form on every answer
 * ({@code Sun, 06 Dec 2026 21:26:47 GMT}: the proxy's own wrote a one-digit day, and the gateway's own
 * answers had none); one {@code Vary} line naming each header once, {@code Origin} always on API answers (the
 * CORS headers depend on it, also when a request has none); and no {@code Transfer-Encoding} or
 * {@code Content-Length} on a 304 or a 204 (the proxy announced a chunked body, or a length of 0, where a
 * 204 may have neither and the 200 of a 304 has its own length; Python's http.client waited for the chunks).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** IMF-fixdate (RFC 9110 5.6.7): two-digit day, English names, GMT. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

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
            response.headers().set(HttpHeaders.DATE, HTTP_DATE.format(Instant.now()));
            vary(response.headers(), api);
            if (response.getStatusCode() == 304 || response.getStatusCode() == 204) {
                response.headers().remove(HttpHeaders.TRANSFER_ENCODING).remove(HttpHeaders.CONTENT_LENGTH);
            }
        });
    }

    /** The answer's Vary headers as one line, each name once in its first spelling; {@code Origin} added on API answers. */
    static void vary(MultiMap headers, boolean api) {
        List<String> lines = headers.getAll(HttpHeaders.VARY);
        if (lines.isEmpty() && !api) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : lines) {
            for (String name : line.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    names.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
                }
            }
        }
        if (api && !names.containsKey("*")) {
            names.putIfAbsent("origin", "Origin");
        }
        headers.set(HttpHeaders.VARY, String.join(", ", names.values()));
    }
}
