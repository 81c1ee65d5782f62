package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.ratelimit.RateLimiter;
import id.go.bekasikota.koperasi.gateway.security.TokenCheck;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.circuitbreaker.TimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Routes {@code /api/v1/...} to the owning service with the Vert.x reverse proxy: request id,
 * {@code X-Forwarded-*} and {@code traceparent} forwarded; a timeout and a circuit breaker per
 * service; a service that is down, failing or slow answers 503, 502 or 504 problem details.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);
    public static final String REQUEST_ID = "X-Request-Id";
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void routes(@Observes Router router, Vertx vertx, GatewayConfig config, TokenCheck tokens, RateLimiter limiter) {
        router.route("/api/*").order(-10).handler(ServiceRoutes::requestId);
        router.route("/api/*").order(-9).handler(tokens::handle);
        for (Map.Entry<String, java.util.List<String>> route : config.routes().entrySet()) {
            GatewayConfig.Service service = config.services().get(route.getKey());
            if (service == null) {
                throw new IllegalStateException("Route to unknown service " + route.getKey());
            }
            String name = route.getKey();
            HttpProxy proxy = proxy(vertx, name, service);
            for (String prefix : route.getValue()) {
                router.route(prefix).handler(ctx -> forward(ctx, name, proxy, limiter));
                router.route(prefix + "/*").handler(ctx -> forward(ctx, name, proxy, limiter));
            }
        }
        router.route("/api/*").order(Integer.MAX_VALUE - 1).handler(ctx ->
                Problems.answer(ctx, 404, "not-found", "Not found", "No resource at " + ctx.request().path()));
    }

    private static void requestId(RoutingContext ctx) {
        String id = ctx.request().getHeader(REQUEST_ID);
        if (id == null || id.isBlank() || id.length() > 200) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(REQUEST_ID, id);
        }
        ctx.response().putHeader(REQUEST_ID, id);
        ctx.next();
    }

    private static void forward(RoutingContext ctx, String service, HttpProxy proxy, RateLimiter limiter) {
        if (!limiter.admit(ctx, service)) {
            return;
        }
        var request = ctx.request();
        var headers = request.headers();
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().host();
        if (remote != null) {
            String previous = headers.get("X-Forwarded-For");
            headers.set("X-Forwarded-For", previous == null ? remote : previous + ", " + remote);
        }
        headers.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        proxy.handle(request);
    }

    private static HttpProxy proxy(Vertx vertx, String name, GatewayConfig.Service service) {
        URI uri = URI.create(service.url());
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2000)
                .setMaxPoolSize(64)
                .setKeepAlive(true)
                .setPipelining(false));
        CircuitBreaker breaker = CircuitBreaker.create("gateway-" + name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(service.circuitFailures())
                .setTimeout(service.timeout().toMillis())
                .setResetTimeout(service.circuitReset().toMillis())
                .setFallbackOnFailure(false));
        return HttpProxy.reverseProxy(client).origin(port, uri.getHost()).addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                boolean retry = IDEMPOTENT.contains(context.request().getMethod());
                return breaker.<ProxyResponse>execute(promise -> send(context, retry).onComplete(promise))
                        .recover(failure -> Future.succeededFuture(problem(context, name, failure)));
            }
        });
    }

    /** Sends once; an idempotent request whose connection failed is sent once more. */
    private static Future<ProxyResponse> send(ProxyContext context, boolean retry) {
        Future<ProxyResponse> first = context.sendRequest();
        return retry ? first.recover(failure -> failure instanceof ConnectException
                ? context.sendRequest() : Future.failedFuture(failure)) : first;
    }

    private static ProxyResponse problem(ProxyContext context, String service, Throwable failure) {
        int status;
        String slug;
        String detail;
        if (failure instanceof TimeoutException) {
            status = 504;
            slug = "gateway-timeout";
            detail = "The " + service + " service did not answer in time; a write may or may not have been applied";
        } else if (failure instanceof OpenCircuitException || failure instanceof ConnectException) {
            status = 503;
            slug = "unavailable";
            detail = "The " + service + " service is not reachable now; retry later";
        } else {
            status = 502;
            slug = "bad-gateway";
            detail = "The " + service + " service failed to answer: " + failure.getClass().getSimpleName();
        }
        LOG.warnf("%s %s -> %d (%s)", context.request().getMethod(), context.request().getURI(), status, failure.toString());
        ProxyResponse response = context.request().response()
                .setStatusCode(status)
                .setBody(Body.body(Problems.body(status, slug, status == 504 ? "Gateway timeout"
                        : status == 503 ? "Temporarily unavailable" : "Bad gateway", detail, context.request().getURI())));
        response.headers().clear();
        response.putHeader("Content-Type", Problems.MEDIA_TYPE);
        if (status == 503) {
            response.putHeader("Retry-After", "5");
        }
        return response;
    }
}
