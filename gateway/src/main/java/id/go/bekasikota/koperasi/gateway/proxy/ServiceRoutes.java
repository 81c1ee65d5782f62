package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.edge.CallerOrigin;
import id.go.bekasikota.koperasi.gateway.edge.ClientAddresses;
import id.go.bekasikota.koperasi.gateway.edge.ClientLimits;
import id.go.bekasikota.koperasi.gateway.edge.Http2Streams;
import id.go.bekasikota.koperasi.gateway.edge.IdleTimeouts;
import id.go.bekasikota.koperasi.gateway.edge.RequestChecks;
import id.go.bekasikota.koperasi.gateway.metrics.EdgeMetrics;
import id.go.bekasikota.koperasi.gateway.ratelimit.RateLimiter;
import id.go.bekasikota.koperasi.gateway.security.Cors;
import id.go.bekasikota.koperasi.gateway.security.SecurityHeaders;
import id.go.bekasikota.koperasi.gateway.security.TokenCheck;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The gateway's routing table on the Quarkus Vert.x router. Every request: request id, security
 * headers, the request's own checks (target length, header size, canonical path), CORS, the client's
 * identity and connection limit. Then for {@code /api}: announced body size, token, and for a routed
 * prefix the rate limit, the client's in-flight limit, the body (read completely before the service
 * is called when small, else streamed) and the service's proxy. An unknown path is a 404 problem.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    private final GatewayConfig config;
    private final long maxBodySize;
    private final Duration idleTimeout;
    private final boolean tracing;
    private final Map<String, ServiceProxy> proxies = new LinkedHashMap<>();

    public ServiceRoutes(GatewayConfig config,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                         @ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout,
                         @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff) {
        this.config = config;
        this.maxBodySize = maxBodySize.asLongValue();
        this.idleTimeout = idleTimeout;
        this.tracing = !tracingOff;
    }

    /** The proxies by service name (for readiness and diagnostics). */
    public Collection<ServiceProxy> proxies() {
        return proxies.values();
    }

    /** Forwarding headers the gateway never passes on as a client wrote them. */
    private static final List<String> FORWARDING_HEADERS = List.of("X-Forwarded-Ssl", "X-Forwarded-Prefix",
            "X-Forwarded-Server", "X-Forwarded-Scheme", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port",
            "X-Forwarded-Trusted-Proxy");

    /** One routed prefix: the service's proxy, the route's timeout and rate-limit group. */
    private record Target(ServiceProxy proxy, Duration timeout, String group) {
    }

    void routes(@Observes Router router, Vertx vertx, TokenCheck tokens, RateLimiter limiter, SecurityHeaders headers,
                RequestChecks checks, Cors cors, ClientLimits clients, EdgeMetrics metrics) {
        config.services().forEach((name, service) -> proxies.put(name, new ServiceProxy(vertx, name, service, maxBodySize, metrics)));

        router.route().order(-31).handler(Http2Streams::handle);
        router.route().order(-30).handler(RequestIds::handle);
        router.route().order(-29).handler(headers::handle);
        // The client and the origin it used first (CORS needs the origin), then CORS, so that every later refusal,
        // the edge's own (414, 431, a path not in canonical form) too, reaches a browser readable.
        router.route().order(-28).handler(clients::handle);
        router.route().order(-27).handler(cors::handle);
        router.route().order(-26).handler(checks::handle);
        // Health and metrics live on the management interface; nothing under /q is served here.
        router.routeWithRegex("/q(/.*)?").order(-25).handler(ctx -> Problems.send(ctx, Problems.notFound(ctx.request().path())));
        router.route("/api/*").order(-25).handler(this::limitAnnouncedBody);
        router.route("/api/*").order(-24).handler(tokens::handle);
        router.route("/api/*").failureHandler(ctx -> failed(ctx, headers));

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
            Target target = new Target(proxy, route.timeout().orElse(config.services().get(route.service()).timeout()), group);
            for (String prefix : route.prefixes()) {
                router.route(prefix).handler(ctx -> forward(ctx, target, limiter, clients, metrics));
                router.route(prefix + "/*").handler(ctx -> forward(ctx, target, limiter, clients, metrics));
            }
            LOG.infof("Route %s %s -> %s at %s (timeout %s, rate-limit group %s)", routeName, route.prefixes(),
                    route.service(), config.services().get(route.service()).url(), target.timeout(), group);
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
                Problems.sendAndClose(ctx, new Problem(400, "malformed-request", Message.of("gateway.content-length")));
                return;
            }
            if (announced > maxBodySize) {
                // Not closed at once: a caller still sending its body would see a reset instead of the answer.
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                Problems.send(ctx, Problems.bodyTooLarge(maxBodySize));
                return;
            }
        }
        ctx.next();
    }

    private void forward(RoutingContext ctx, Target target, RateLimiter limiter, ClientLimits clients, EdgeMetrics metrics) {
        if (!limiter.admit(ctx, target.group()) || !clients.admitInFlight(ctx)) {
            return;
        }
        HttpServerRequest request = ctx.request();
        // The chain the gateway vouches for, client first: a forged X-Forwarded-For never reaches a service.
        ClientAddresses.Client client = ctx.get(ClientLimits.CLIENT_KEY);
        request.headers().remove("Forwarded");
        if (tracing) {
            // The caller's trace context lives on in the gateway's server span (read before any route); the
            // request to the service carries the gateway's own, injected once by the HTTP client's tracing.
            // Without tracing the caller's reaches the service as it came.
            request.headers().remove("traceparent");
            request.headers().remove("tracestate");
        }
        request.headers().set("X-Forwarded-For", String.join(", ", client.chain()));
        // The scheme, host and port the caller used (behind the TLS-ending ingress: https), so that a service's
        // Location names them; a service that reads X-Forwarded-Proto takes the scheme's default port unless told.
        // Other forwarding headers a client may have written (X-Forwarded-Ssl: on would turn a service's links to
        // https) never reach a service.
        CallerOrigin origin = ctx.get(CallerOrigin.KEY);
        for (String forged : FORWARDING_HEADERS) {
            request.headers().remove(forged);
        }
        request.headers().set("X-Forwarded-Proto", origin.scheme());
        request.headers().set("X-Forwarded-Host", origin.authority());
        request.headers().set("X-Forwarded-Port", String.valueOf(origin.port()));
        if (target.timeout().compareTo(idleTimeout) >= 0) {
            IdleTimeouts.lengthen(ctx, target.timeout().plusSeconds(5), idleTimeout);
        }

        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        long length = contentLength(request);
        boolean anonymous = ctx.get(TokenCheck.TOKEN_KEY) == null;
        long buffered = config.limits().bufferedBodySize().asLongValue();
        if (chunked || length > buffered) {
            if (anonymous) {
                metrics.refused(chunked ? "length-required" : "anonymous-body-size");
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                Problems.send(ctx, chunked ? Problems.lengthRequired() : Problems.bodyTooLarge(buffered));
                return;
            }
            continueIfExpected(ctx);
            target.proxy().forward(ctx, target.timeout(), null, true);
        } else if (length > 0) {
            continueIfExpected(ctx);
            readBody(ctx).onComplete(body -> {
                if (body.succeeded()) {
                    target.proxy().forward(ctx, target.timeout(), body.result(), false);
                } else if (body.cause() instanceof TimeoutException) {
                    metrics.clientAborted(target.proxy().name(), "body");
                    Problems.sendAndClose(ctx, Problems.requestTimeout(config.limits().bodyTimeout()));
                } else {
                    metrics.clientAborted(target.proxy().name(), "body");
                }
            });
        } else {
            request.headers().remove(HttpHeaders.EXPECT);
            target.proxy().forward(ctx, target.timeout(), null, false);
        }
    }

    /**
     * A caller that sent {@code Expect: 100-continue} waits for the interim answer before it sends its body (RFC 9110
     * 10.1.1): once the gateway takes the body (the token, the limits and the size checked), it says so itself. The
     * expectation is the gateway's to meet, not passed on: the service's own 100 would reach no one.
     */
    private static void continueIfExpected(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String expect = request.getHeader(HttpHeaders.EXPECT);
        if (expect == null) {
            return;
        }
        request.headers().remove(HttpHeaders.EXPECT);
        if (request.version() != HttpVersion.HTTP_1_0 && "100-continue".equalsIgnoreCase(expect.trim())) {
            ctx.response().writeContinue();
        }
    }

    /**
     * The whole body, read before any service is involved, within {@code koperasi.limits.body-timeout}.
     * The server's settings bound only a connection on which nothing moves at all (its idle timeout);
     * a body trickled in byte by byte needs this deadline.
     */
    private Future<Buffer> readBody(RoutingContext ctx) {
        Promise<Buffer> body = Promise.promise();
        long timer = ctx.vertx().setTimer(config.limits().bodyTimeout().toMillis(),
                tick -> body.tryFail(new TimeoutException("request body")));
        Buffer collected = Buffer.buffer();
        HttpServerRequest request = ctx.request();
        request.handler(collected::appendBuffer);
        request.exceptionHandler(failure -> {
            ctx.vertx().cancelTimer(timer);
            body.tryFail(failure);
        });
        request.endHandler(end -> {
            ctx.vertx().cancelTimer(timer);
            body.tryComplete(collected);
        });
        ctx.response().closeHandler(closed -> {
            ctx.vertx().cancelTimer(timer);
            body.tryFail(new IllegalStateException("The caller left"));
        });
        request.resume();
        return body.future();
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A failure inside the gateway still answers problem details, never the default error page, with the request id
     * and the security headers. The router itself fails a request it cannot route before any handler has seen it:
     * an HTTP/1.1 request without a Host header (400), a path that does not start with {@code /} (404); both are
     * requests that cannot be read, a 400 {@code malformed-request}.
     */
    private static void failed(RoutingContext ctx, SecurityHeaders headers) {
        RequestIds.assign(ctx);
        headers.onAnswer(ctx);
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (status == 500) {
            LOG.errorf(ctx.failure(), "%s %s failed in the gateway", ctx.request().method(), ctx.request().path());
        }
        Problems.send(ctx, switch (status) {
            case 500 -> new Problem(500, "internal", Message.of("gateway.internal"));
            case 400, 404 -> new Problem(400, "malformed-request", Message.of("gateway.malformed-http"));
            default -> new Problem(status, "http-" + status, Message.of("gateway.title.refused"), Message.of("gateway.refused", status));
        });
    }
}
