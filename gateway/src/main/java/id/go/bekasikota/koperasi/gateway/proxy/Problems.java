package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.Locale;

/**
 * The problems the gateway answers on its own, and how they are sent: in the language the request's
 * {@code Accept-Language} chooses ({@link Message#language}), named by {@code Content-Language}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Problem notFound(String path) {
        return new Problem(404, "not-found", Message.of("gateway.not-found", path));
    }

    /** A query parameter the gateway's own operation does not take, or a value it cannot take. */
    public static Problem invalidParameter(String parameter, Message message) {
        return new Problem(400, "validation", Message.of("gateway.title.validation"), Message.of("gateway.validation.one-field"),
                java.util.List.of(new Problem.FieldError(parameter, message)));
    }

    public static Problem notAcceptable(Message detail) {
        return new Problem(406, "not-acceptable", detail);
    }

    public static Problem unauthenticated(Message detail) {
        return new Problem(401, "unauthenticated", detail);
    }

    public static Problem forbidden(Message detail) {
        return new Problem(403, "forbidden", detail);
    }

    public static Problem tooManyRequests(Message detail) {
        return new Problem(429, "too-many-requests", detail);
    }

    public static Problem bodyTooLarge(long maxBytes) {
        return new Problem(413, "payload-too-large", Message.of("gateway.payload-too-large", maxBytes));
    }

    /** The path does not take the method; the caller sets {@code Allow} (RFC 9110 15.5.6). */
    public static Problem methodNotAllowed(String method) {
        return new Problem(405, "method-not-allowed", Message.of("gateway.method-not-allowed", method));
    }

    public static Problem unavailable(Message detail) {
        return new Problem(503, "unavailable", detail);
    }

    /** The gateway's own overload: nothing was sent to the service, which may be perfectly healthy. */
    public static Problem gatewayOverloaded(String service, Message why) {
        return new Problem(503, "gateway-overloaded", Message.of("gateway.overloaded", why, service));
    }

    public static Problem malformedPath(Message why) {
        return new Problem(400, "malformed-request", Message.of("gateway.malformed-path", why));
    }

    public static Problem requestTimeout(Duration limit) {
        return new Problem(408, "request-timeout", Message.of("gateway.request-timeout", limit.toSeconds()));
    }

    public static Problem lengthRequired() {
        return new Problem(411, "length-required", Message.of("gateway.length-required"));
    }

    public static Problem headerTooLarge(long maxBytes) {
        return new Problem(431, "request-header-too-large", Message.of("gateway.request-header-too-large", maxBytes));
    }

    public static Problem uriTooLong(int maxLength) {
        return new Problem(414, "uri-too-long", Message.of("gateway.uri-too-long", maxLength));
    }

    /** Answers the problem unless an answer has already been sent; the instance is the request path. */
    public static void send(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended() || ctx.response().headWritten() || ctx.response().closed()) {
            return;
        }
        Locale language = Message.language(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        // Added, not set: the CORS check may have named Origin already.
        ctx.response().headers().add(HttpHeaders.VARY, "Accept-Language");
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(problem.toJson(ctx.request().path(), language));
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
