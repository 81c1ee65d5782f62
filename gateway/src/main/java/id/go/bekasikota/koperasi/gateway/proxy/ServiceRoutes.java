package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.ratelimit.RateLimiter;
import id.go.bekasikota.koperasi.gateway.security.SecurityHeaders;
import id.go.bekasikota.koperasi.gateway.security.TokenCheck;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's routing table on the Quarkus Vert.x router: request id and security headers on
 * every answer, then for {@code /api}: body size limit, token check, rate limit, and the reverse
 * proxy of the service that owns the path prefix. An unknown path is a 404 problem.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    private final GatewayConfig config;
    private final long maxBodySize;
    private final Map<String, ServiceProxy> proxies = new LinkedHashMap<>();

    public ServiceRoutes(GatewayConfig config,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.config = config;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    /** The proxies by service name (for readiness and diagnostics). */
    public Collection<ServiceProxy> proxies() {
        return proxies.values();
    }

    void routes(@Observes Router router, Vertx vertx, TokenCheck tokens, RateLimiter limiter, SecurityHeaders headers) {
        config.services().forEach((name, service) -> proxies.put(name, new ServiceProxy(vertx, name, service, maxBodySize)));

        router.route().order(-20).handler(RequestIds::handle);
        router.route().order(-19).handler(headers::handle);
        router.route("/api/*").order(-18).handler(this::limitAnnouncedBody);
        router.route("/api/*").order(-17).handler(tokens::handle);
        router.route("/api/*").failureHandler(ServiceRoutes::failed);

        config.routes().forEach((routeName, route) -> {
            ServiceProxy proxy = proxies.get(route.service());
            if (proxy == null) {
                throw new IllegalStateException("Route " + routeName + " names an unknown service " + route.service()
                        + "; known: " + config.services().keySet());
            }
            String group = route.rateLimit();
            if (!config.rateLimits().containsKey(group)) {
                throw new IllegalStateException("Route " + routeName + " names an unknown rate-limit group " + group
                        + "; known: " + config.rateLimits().keySet());
            }
            Duration timeout = route.timeout().orElse(config.services().get(route.service()).timeout());
            HttpProxy httpProxy = proxy.proxy(timeout);
            for (String prefix : route.prefixes()) {
                router.route(prefix).handler(ctx -> forward(ctx, group, httpProxy, limiter));
                router.route(prefix + "/*").handler(ctx -> forward(ctx, group, httpProxy, limiter));
            }
            LOG.infof("Route %s %s -> %s at %s (timeout %s, rate-limit group %s)", routeName, route.prefixes(),
                    route.service(), config.services().get(route.service()).url(), timeout, group);
        });

        router.route().order(Integer.MAX_VALUE - 1).handler(ctx -> Problems.send(ctx, Problems.notFound(ctx.request().path())));
    }

    /** A body announced larger than the limit is refused before a byte of it is read. */
    private void limitAnnouncedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long announced;
            try {
                announced = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                Problems.send(ctx, new Problem(400, "bad-request", "Bad request", "Content-Length is not a number"));
                return;
            }
            if (announced > maxBodySize) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                Problems.send(ctx, Problems.bodyTooLarge(maxBodySize));
                return;
            }
        }
        ctx.next();
    }

    private static void forward(RoutingContext ctx, String group, HttpProxy proxy, RateLimiter limiter) {
        if (!limiter.admit(ctx, group)) {
            return;
        }
        HttpServerRequest request = ctx.request();
        // The peer of this connection (a load balancer, or the client itself) joins the chain.
        SocketAddress peer = request.connection().remoteAddress();
        String remote = peer == null ? null : peer.host();
        if (remote != null) {
            String previous = request.getHeader("X-Forwarded-For");
            request.headers().set("X-Forwarded-For", previous == null ? remote : previous + ", " + remote);
        }
        request.headers().set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        if (request.authority() != null) {
            request.headers().set("X-Forwarded-Host", request.authority().toString());
        }
        proxy.handle(request);
    }

    /** A failure inside the gateway still answers problem details, never the default error page. */
    private static void failed(RoutingContext ctx) {
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status == 500) {
            LOG.errorf(ctx.failure(), "%s %s failed in the gateway", ctx.request().method(), ctx.request().path());
        }
        Problems.send(ctx, new Problem(status, status == 500 ? "internal-error" : "http-" + status,
                status == 500 ? "Internal error" : "Request refused",
                status == 500 ? "The gateway failed to handle the request; the request id identifies it in the logs"
                        : "The request was refused with status " + status));
    }
}
