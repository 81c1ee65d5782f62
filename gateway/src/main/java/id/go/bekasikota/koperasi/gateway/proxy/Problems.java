package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** The problems the gateway answers on its own, and how they are sent. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Problem notFound(String path) {
        return new Problem(404, "not-found", "Not found", "No resource at " + path);
    }

    public static Problem unauthenticated(String detail) {
        return new Problem(401, "unauthenticated", "A valid bearer token is required", detail);
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

    /** Answers the problem unless an answer has already been sent; the instance is the request path. */
    public static void send(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(problem.toJson(ctx.request().path()));
    }
}
