package id.go.bekasikota.koperasi.platform.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id} on every answer of a service, refusals included: the one the gateway sent (or
 * a direct caller's, when it is a sensible token), else a new UUID - as the gateway does. The id is in
 * the logging context ({@link #LOG_KEY}) while the request is served, on the event loop and on the
 * worker thread alike (Quarkus keeps it in the request's Vert.x context): every log line about the
 * request names it ({@code quarkus.log.console.format}), so a caller's id finds the gateway's line and
 * the service's.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The request's id in the logging context (MDC): {@code %X{requestId}} in a log format. */
    public static final String LOG_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    void routes(@Observes Router router) {
        router.route().order(-20).handler(RequestIds::handle);
    }

    static void handle(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !ACCEPTED.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(HEADER, id);
        }
        String requestId = id;
        MDC.put(LOG_KEY, requestId);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, requestId));
        ctx.next();
    }
}
