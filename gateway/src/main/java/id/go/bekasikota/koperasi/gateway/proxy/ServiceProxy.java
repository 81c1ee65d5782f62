package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * One upstream service behind the Vert.x reverse proxy: its own connection pool, a circuit breaker,
 * a timeout, and retries for GET and HEAD only. A service that is down, failing or slow is answered
 * with 503, 502 or 504 problem details, never an HTML page or a hang.
 */
public final class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    private static final Set<HttpMethod> RETRYABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    /** Set on the proxy context when a chunked request body passed the size limit while streaming. */
    private static final String BODY_TOO_LARGE = "koperasi.body-too-large";

    private final String name;
    private final GatewayConfig.Service config;
    private final Vertx vertx;
    private final HttpClient client;
    private final SocketAddress origin;
    private final boolean tls;
    private final CircuitBreaker breaker;
    private final long maxBodySize;

    public ServiceProxy(Vertx vertx, String name, GatewayConfig.Service config, long maxBodySize) {
        this.vertx = vertx;
        this.name = name;
        this.config = config;
        this.maxBodySize = maxBodySize;
        URI url = config.url();
        this.tls = "https".equalsIgnoreCase(url.getScheme());
        this.origin = SocketAddress.inetSocketAddress(url.getPort() > 0 ? url.getPort() : tls ? 443 : 80, url.getHost());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setSsl(tls)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        // The HTTP client's timeouts cancel the upstream request; the breaker counts what failed.
        this.breaker = CircuitBreaker.create("gateway-" + name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(config.circuitBreaker().failures())
                .setFailuresRollingWindow(config.circuitBreaker().window().toMillis())
                .setNotificationAddress(null)
                .setResetTimeout(config.circuitBreaker().reset().toMillis())
                .setTimeout(-1)
                .setFallbackOnFailure(false));
    }

    public String name() {
        return name;
    }

    public CircuitBreakerState circuit() {
        return breaker.state();
    }

    /**
     * A reverse proxy to this service for one route: the service's pool and circuit breaker, and the
     * route's timeout (the service's unless the route names its own).
     */
    public HttpProxy proxy(Duration timeout) {
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                                .setServer(origin)
                                .setSsl(tls)
                                // Waiting for a pooled connection counts against the timeout too.
                                .setConnectTimeout(timeout.toMillis())
                                .setIdleTimeout(timeout.toMillis()))
                        // Failures reach the proxy through the response; the problem answer logs them.
                        .map(upstream -> upstream.exceptionHandler(failure -> LOG.debugf("%s: %s", name, failure))))
                .addInterceptor(new Guard(timeout));
    }

    private final class Guard implements ProxyInterceptor {

        private final Duration timeout;

        Guard(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            Body body = context.request().getBody();
            boolean chunked = context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING);
            if (chunked) {
                // No announced length: the body is counted as it streams.
                context.request().setBody(Body.body(new LimitedStream(body.stream(), maxBodySize,
                        () -> context.set(BODY_TOO_LARGE, Boolean.TRUE)), -1));
            }
            boolean withoutBody = !chunked && body.length() <= 0;
            int retries = RETRYABLE.contains(context.request().getMethod()) && withoutBody ? config.retries() : 0;
            return breaker.<ProxyResponse>execute(promise -> send(context, retries).onComplete(result -> {
                        if (result.succeeded()) {
                            promise.tryComplete(result.result());
                        } else if (bodyTooLarge(context)) {
                            // The caller's fault, not the service's: no mark against the circuit.
                            promise.tryComplete(problem(context, result.cause(), timeout));
                        } else {
                            promise.tryFail(result.cause());
                        }
                    }))
                    .recover(failure -> Future.succeededFuture(problem(context, failure, timeout)));
        }
    }

    private Future<ProxyResponse> send(ProxyContext context, int retriesLeft) {
        Future<ProxyResponse> attempt = context.sendRequest();
        if (retriesLeft == 0) {
            return attempt;
        }
        return attempt.recover(failure -> {
            if (!isConnectionFailure(failure)) {
                return Future.failedFuture(failure);
            }
            LOG.debugf("%s %s to %s failed (%s); retrying", context.request().getMethod(), context.request().getURI(), name, failure);
            // The request stream (without a body) has been read once; the retry sends an empty body.
            context.request().setBody(Body.body(Buffer.buffer()));
            return vertx.timer(config.retryDelay().toMillis()).compose(tick -> send(context, retriesLeft - 1));
        });
    }

    private static boolean isConnectionFailure(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof HttpClosedException;
    }

    private static boolean bodyTooLarge(ProxyContext context) {
        return Boolean.TRUE.equals(context.get(BODY_TOO_LARGE, Boolean.class));
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure, Duration timeout) {
        String uri = context.request().getURI();
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        HttpMethod method = context.request().getMethod();
        ProxyResponse response = context.request().release().response();
        Problem problem;
        if (bodyTooLarge(context)) {
            problem = Problems.bodyTooLarge(maxBodySize);
            response.putHeader(HttpHeaders.CONNECTION, "close");
        } else if (failure instanceof OpenCircuitException) {
            problem = Problems.unavailable("The " + name
                    + " service failed repeatedly; the gateway stops calling it for a while (circuit open). Retry later");
            response.putHeader(HttpHeaders.RETRY_AFTER, seconds(config.circuitBreaker().reset()));
        } else if (failure instanceof ConnectException) {
            problem = Problems.unavailable("The " + name + " service is not reachable now; retry later");
            response.putHeader(HttpHeaders.RETRY_AFTER, seconds(config.circuitBreaker().reset()));
        } else if (failure instanceof TimeoutException) {
            problem = new Problem(504, "gateway-timeout", "Gateway timeout", "The " + name + " service did not answer within "
                    + seconds(timeout) + " s" + (RETRYABLE.contains(method) ? "" : "; the change may or may not have been made"));
        } else {
            problem = new Problem(502, "bad-gateway", "Bad gateway", "The " + name + " service broke off its answer"
                    + (RETRYABLE.contains(method) ? "" : "; the change may or may not have been made"));
        }
        LOG.warnf("%s %s -> %d: %s (%s)", method, path, problem.status(), name, failure);
        return response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .setBody(Body.body(problem.toJson(path)));
    }

    private static String seconds(Duration duration) {
        return String.valueOf(Math.max(1, (duration.toMillis() + 999) / 1000));
    }
}
