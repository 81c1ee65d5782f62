package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;

/** The problems the gateway answers on its own, and how they are sent. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Problem notFound(String path) {
        return new Problem(404, "not-found", "Not found", "No resource at " + path);
    }

    /** A query parameter the gateway's own operation does not take, or a value it cannot take. */
    public static Problem invalidParameter(String parameter, String message) {
        return new Problem(400, "validation", "The request is not valid", "1 field is not valid",
                java.util.List.of(new Problem.FieldError(parameter, message)));
    }

    public static Problem notAcceptable(String detail) {
        return new Problem(406, "not-acceptable", "No acceptable representation", detail);
    }

    public static Problem unauthenticated(String detail) {
        return new Problem(401, "unauthenticated", "A valid bearer token is required", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "You may not do this", detail);
    }

    public static Problem tooManyRequests(String detail) {
        return new Problem(429, "too-many-requests", "Too many requests", detail);
    }

    public static Problem bodyTooLarge(long maxBytes) {
        return new Problem(413, "payload-too-large", "Request body too large",
                "The request body exceeds the limit of " + maxBytes + " bytes");
    }

    public static Problem unavailable(String detail) {
        return new Problem(503, "unavailable", "Temporarily unavailable", detail);
    }

    /** The gateway's own overload: nothing was sent to the service, which may be perfectly healthy. */
    public static Problem gatewayOverloaded(String service, String why) {
        return new Problem(503, "gateway-overloaded", "The gateway is overloaded",
                "The gateway " + why + " for the " + service + " service; the request was not sent to the service. Retry shortly");
    }

    public static Problem malformedPath(String path, String why) {
        return new Problem(400, "malformed-request", "The request cannot be read",
                "The path is refused before any routing: " + why + ". Send the path in its plain form");
    }

    public static Problem requestTimeout(Duration limit) {
        return new Problem(408, "request-timeout", "Request timeout",
                "The request body did not arrive within " + limit.toSeconds() + " s; the request was not sent to any service");
    }

    public static Problem lengthRequired() {
        return new Problem(411, "length-required", "Length required",
                "A caller without a token must announce the body's length with Content-Length");
    }

    public static Problem headerTooLarge(long maxBytes) {
        return new Problem(431, "request-header-too-large", "Request headers too large",
                "The request headers together exceed " + maxBytes + " bytes");
    }

    public static Problem uriTooLong(int maxLength) {
        return new Problem(414, "uri-too-long", "Request target too long",
                "The path and query together exceed " + maxLength + " characters");
    }

    /** Answers the problem unless an answer has already been sent; the instance is the request path. */
    public static void send(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended() || ctx.response().headWritten() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(problem.toJson(ctx.request().path()));
    }

    /** Answers the problem and closes the connection once it is written (its request was not read to the end). */
    public static void sendAndClose(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended() || ctx.response().headWritten() || ctx.response().closed()) {
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.addEndHandler(done -> ctx.request().connection().close());
        send(ctx, problem);
    }

    static String seconds(Duration duration) {
        return String.valueOf(Math.max(1, (duration.toMillis() + 999) / 1000));
    }
}
