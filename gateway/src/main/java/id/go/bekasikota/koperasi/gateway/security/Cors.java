package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.edge.CallerOrigin;
import id.go.bekasikota.koperasi.gateway.metrics.EdgeMetrics;
import id.go.bekasikota.koperasi.gateway.proxy.Message;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin requests from browsers, in two tiers:
 * <ul>
 *   <li>the frontend origins ({@code koperasi.cors.origins}) may call every operation, with the
 *       headers an authenticated caller needs ({@code Authorization}, {@code If-Match}, ...);</li>
 *   <li>any other origin may use the public operations ({@code koperasi.public-operations}: the
 *       public register, public statistics, programs, the loan calculator) and the API documents,
 *       as an anonymous caller: {@code Access-Control-Allow-Origin: *}, no credentials and no
 *       {@code Authorization} header.</li>
 * </ul>
 * A request of the same origin (the API documentation page trying operations) is not cross-origin.
 * Anything else is refused with 403 problem details; answers expose the headers a browser client
 * needs to read.
 */
@ApplicationScoped
public class Cors {

    static final String EXPOSED = "ETag, Location, Content-Disposition, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, "
            + "Idempotent-Replayed, X-Request-Id, WWW-Authenticate, Allow";
    private static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    /**
     * What the frontend sends. Accept-Language and Content-Language are safelisted only for short values of a few
     * characters: a browser asks for {@code id_ID} (as some i18n libraries write a locale) or a long list in its preflight.
     */
    private static final String FRONTEND_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, Content-Language, "
            + "If-Match, If-None-Match, Idempotency-Key, X-Request-Id, traceparent, tracestate";
    private static final Set<String> PUBLIC_HEADERS = Set.of("accept", "accept-language", "content-language", "content-type",
            "if-none-match", "x-request-id", "traceparent", "tracestate");
    private static final String MAX_AGE = "3600";

    private final Set<String> origins;
    private final TokenCheck tokens;
    private final EdgeMetrics metrics;

    public Cors(GatewayConfig config, TokenCheck tokens, EdgeMetrics metrics) {
        this.origins = config.cors().origins().stream().map(String::trim).collect(Collectors.toSet());
        this.tokens = tokens;
        this.metrics = metrics;
    }

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || sameOrigin(ctx, origin)) {
            ctx.next();
            return;
        }
        ctx.response().headers().add(HttpHeaders.VARY, "Origin");
        String requestedMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.method() == HttpMethod.OPTIONS && requestedMethod != null) {
            preflight(ctx, origin, requestedMethod, request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
            return;
        }
        if (allowReading(ctx, origin)) {
            ctx.next();
        } else {
            refuse(ctx, origin);
        }
    }

    /**
     * Lets the browser read an answer sent before this filter ran (the connection limit's 429, refused
     * while the client is identified): the headers {@link #handle} would have set, for a request it would
     * have let through; nothing for one it would refuse, a preflight or a request of the same origin.
     */
    public void allowReadingRefusal(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || sameOrigin(ctx, origin)
                || (request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null)) {
            return;
        }
        ctx.response().headers().add(HttpHeaders.VARY, "Origin");
        allowReading(ctx, origin);
    }

    /** Sets the headers that let the origin read the answer, if it may make the request; false if it may not. */
    private boolean allowReading(RoutingContext ctx, String origin) {
        HttpServerRequest request = ctx.request();
        if (origins.contains(origin)) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            return true;
        }
        if (isPublic(request.method(), request.path()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            return true;
        }
        return false;
    }

    private void preflight(RoutingContext ctx, String origin, String requestedMethod, String requestedHeaders) {
        HttpMethod method;
        try {
            method = HttpMethod.valueOf(requestedMethod.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            refuse(ctx, origin);
            return;
        }
        if (origins.contains(origin)) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, FRONTEND_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                    .setStatusCode(200).end();
        } else if (isPublic(method, ctx.request().path()) && onlyPublicHeaders(requestedHeaders)) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, method == HttpMethod.POST ? "POST" : "GET, HEAD")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", PUBLIC_HEADERS))
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                    .setStatusCode(200).end();
        } else {
            refuse(ctx, origin);
        }
    }

    private boolean isPublic(HttpMethod method, String path) {
        boolean document = (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && (path.startsWith("/openapi/") || path.equals("/api-docs") || path.startsWith("/api-docs/"));
        return document || tokens.isPublic(method, path);
    }

    private static boolean onlyPublicHeaders(String requested) {
        return requested == null || Arrays.stream(requested.split(",")).map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).allMatch(PUBLIC_HEADERS::contains);
    }

    /** The page of the API's own documentation trying an operation: the origin the caller used (behind the ingress, https). */
    private static boolean sameOrigin(RoutingContext ctx, String origin) {
        CallerOrigin caller = ctx.get(CallerOrigin.KEY);
        return caller != null && origin.equalsIgnoreCase(caller.origin());
    }

    private void refuse(RoutingContext ctx, String origin) {
        metrics.refused("cors");
        Problems.send(ctx, Problems.forbidden(Message.of("gateway.cors", origin)));
    }
}
