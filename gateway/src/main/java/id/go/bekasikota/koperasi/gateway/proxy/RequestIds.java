package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id}: the caller's own id when it is a sensible token, else a new UUID; sent to
 * the service and returned on the answer, so one id follows a request through the logs of the suite:
 * it is in the logging context ({@link #LOG_KEY}, {@code %X{requestId}} in the log format) while the
 * request is served (Quarkus keeps it in the request's Vert.x context).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The request's id in the logging context (MDC), as in the services. */
    public static final String LOG_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private RequestIds() {
    }

    public static void handle(RoutingContext ctx) {
        assign(ctx);
        ctx.next();
    }

    /** The id on the request and, once its headers go out, on the answer (also for a request no handler saw). */
    static void assign(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !ACCEPTED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(HEADER, id);
        }
        String requestId = id;
        MDC.put(LOG_KEY, requestId);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, requestId));
    }
}
