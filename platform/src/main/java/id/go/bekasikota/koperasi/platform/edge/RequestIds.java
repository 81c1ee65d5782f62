package id.go.bekasikota.koperasi.platform.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code X-Request-Id} on every answer of a service, refusals included: the one the gateway sent (or
 * a direct caller's, when it is a sensible token), else a new UUID - as the gateway does.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
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
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, requestId));
        ctx.next();
    }
}
