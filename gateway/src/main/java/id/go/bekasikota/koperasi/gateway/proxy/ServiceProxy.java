package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.metrics.EdgeMetrics;
import io.micrometer.core.instrument.Gauge;
import io.netty.channel.EventLoop;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * One upstream service: its bound on requests in progress ({@link UpstreamSlots}, with a bounded
 * wait), a connection pool per event loop (a request goes out on a connection of the event loop it
 * came in on, so its head and its answer never change threads), its circuit breaker, a timeout, and
 * retries for GET and HEAD only ({@link RetryRule}), on top of the Vert.x reverse proxy's request and
 * response handling (hop-by-hop headers, streaming). A service that is down, failing or slow is
 * answered with 503, 502 or 504 problem details, never an HTML page or a hang.
 * <p>
 * What counts against the service's circuit, and what does not:
 * <ul>
 *   <li>counted: the connection refused, a new connection not accepted within the pool wait (the
 *       request had its slot), an answer 500, 502 or 504, an answer broken off, no answer within the timeout while the
 *       caller was still there and had sent its whole request;</li>
 *   <li>never counted: the caller hung up or reset its connection (the upstream call is cancelled), the
 *       caller stalled its own body (408), the body was too large (413), the gateway had no slot for
 *       the request (503 gateway-overloaded), an answer 503 (the service sheds load itself, with its own
 *       Retry-After) and any other answer.</li>
 * </ul>
 */
public final class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /** Answers of the service that are its own failure (503 is the service shedding load: not counted). */
    private static final Set<Integer> FAILING_STATUSES = Set.of(500, 502, 504);

    private final String name;
    private final GatewayConfig.Service config;
    private final Vertx vertx;
    /** A connection pool per event loop of the gateway, made at its first request. */
    private final Map<EventLoop, HttpClient> clients = new ConcurrentHashMap<>();
    private final HttpClientOptions clientOptions;
    private final PoolOptions poolOptions;
    private final UpstreamSlots slots;
    private final SocketAddress origin;
    private final boolean tls;
    private final CircuitBreaker breaker;
    private final EdgeMetrics metrics;
    private final long maxBodySize;

    public ServiceProxy(Vertx vertx, String name, GatewayConfig.Service config, long maxBodySize, EdgeMetrics metrics) {
        this.vertx = vertx;
        this.name = name;
        this.config = config;
        this.maxBodySize = maxBodySize;
        this.metrics = metrics;
        URI url = config.url();
        this.tls = "https".equalsIgnoreCase(url.getScheme());
        this.origin = SocketAddress.inetSocketAddress(url.getPort() > 0 ? url.getPort() : tls ? 443 : 80, url.getHost());
        // Each event loop's pool may hold every connection (the slots bound them all together), so a
        // request with a slot never waits in a pool; and it is the pool of its own event loop.
        this.clientOptions = new HttpClientOptions()
                .setSsl(tls)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setKeepAliveTimeout((int) Math.max(1, config.keepAliveTimeout().toSeconds()));
        this.poolOptions = new PoolOptions()
                .setHttp1MaxSize(config.maxConnections())
                .setMaxWaitQueueSize(config.maxConnections());
        this.slots = new UpstreamSlots(vertx, config.maxConnections(), config.maxQueued());
        this.breaker = new CircuitBreaker(config.circuitBreaker().failures(), config.circuitBreaker().window(),
                config.circuitBreaker().reset());
        Gauge.builder("koperasi.gateway.circuit.open", breaker, b -> b.state() == CircuitBreaker.State.CLOSED ? 0 : 1)
                .description("1 while the gateway's circuit for the service is open or half-open")
                .tag("service", name).register(metrics.registry());
    }

    public String name() {
        return name;
    }

    public CircuitBreaker circuit() {
        return breaker;
    }

    /** What became of one attempt that got no answer from the service. */
    private enum Verdict { CLIENT_GONE, CLIENT_STALLED, BODY_TOO_LARGE, OVERLOADED, SERVICE_FAILED }

    /** One request through this service, with what the caller and the gateway did while it ran. */
    private final class Exchange {
        final RoutingContext ctx;
        final ProxyRequest request;
        final Duration timeout;
        final boolean streamed;
        final HttpClient client;
        volatile boolean bodyEnded = true;
        volatile boolean bodyTooLarge;
        volatile boolean connected;
        /** The call to the service once connected. */
        volatile HttpClientRequest upstream;

        Exchange(RoutingContext ctx, Duration timeout, boolean streamed) {
            this.ctx = ctx;
            this.request = ProxyRequest.reverseProxy(ReadRequest.of(ctx.request()));
            this.timeout = timeout;
            this.streamed = streamed;
            this.client = clientOf(ctx);
        }

        /**
         * A chunk of a streamed body went on to the service: the service's silence is counted from the last one, so
         * that a caller sending a large body steadily over a slow line (5 MiB at 2 Mbit/s takes 20 s) is not cut off at
         * the timeout as if it had stalled, and a service's timeout still means its silence after the whole request.
         */
        void bodyProgressed() {
            HttpClientRequest call = upstream;
            if (call != null) {
                call.idleTimeout(timeout.toMillis());
            }
        }

        /** The caller closed or reset its connection (the channel is no longer active even before Vert.x says so). */
        boolean clientGone() {
            return ctx.response().closed()
                    || ctx.request().connection() instanceof ConnectionBase connection && !connection.channel().isActive();
        }
    }

    /**
     * Forwards the request; {@code body} is the body read completely by the gateway, or null when the
     * request has none or is streamed (then {@code streamed}).
     */
    public void forward(RoutingContext ctx, Duration timeout, Buffer body, boolean streamed) {
        Exchange exchange = new Exchange(ctx, timeout, streamed);
        if (body != null) {
            exchange.request.setBody(Body.body(body));
        } else if (streamed) {
            exchange.bodyEnded = false;
            HttpServerRequest source = ctx.request();
            exchange.request.setBody(Body.body(new LimitedStream(source, maxBodySize, () -> exchange.bodyTooLarge = true,
                    () -> exchange.bodyEnded = true, exchange::bodyProgressed), exchange.request.getBody().length()));
        }
        if (!breaker.tryAcquire()) {
            exchange.request.release();
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Problems.seconds(breaker.retryAfter()));
            Problems.send(ctx, Problems.unavailable(Message.of("gateway.circuit-open", name)));
            return;
        }
        int retries = RetryRule.isRead(ctx.request().method()) && body == null && !streamed ? config.retries() : 0;
        slots.acquire(config.poolWait()).onComplete(slot -> {
            if (slot.failed()) {
                breaker.released();
                overloaded(exchange, slot.cause());
                return;
            }
            if (exchange.clientGone()) {
                // Left while waiting for a slot: its response has ended already, no end handler would free the slot.
                slots.release();
                exchange.request.release();
                breaker.released();
                metrics.clientAborted(name, "waiting");
                return;
            }
            ctx.addEndHandler(done -> slots.release());
            send(exchange, retries);
        });
    }

    /** The connection pool of the event loop the request came in on (any pool off an event loop). */
    private HttpClient clientOf(RoutingContext ctx) {
        EventLoop loop = ((ContextInternal) ctx.vertx().getOrCreateContext()).nettyEventLoop();
        return clients.computeIfAbsent(loop, any -> vertx.httpClientBuilder().with(clientOptions).with(poolOptions)
                // A connection the service closes or resets is reported once, with the request it failed
                // (serviceFailed), not again by Vert.x at ERROR.
                .withConnectHandler(connection -> connection.exceptionHandler(failure ->
                        LOG.debugf("%s: connection failed (%s)", name, failure)))
                .build());
    }

    private void send(Exchange exchange, int retries) {
        attempt(exchange, retries).onComplete(result -> {
            if (result.succeeded()) {
                answered(exchange, result.result());
            } else {
                // A caller who hangs up fails its request stream first, which resets the upstream call, and
                // only then its response: the verdict waits for the event loop's next turn, when both are known.
                vertx.runOnContext(next -> failed(exchange, result.cause()));
            }
        });
    }

    private Future<ProxyResponse> attempt(Exchange exchange, int retriesLeft) {
        exchange.connected = false;
        Future<ProxyResponse> attempt = exchange.client.request(new RequestOptions()
                        .setServer(origin)
                        .setSsl(tls)
                        // The bounded wait for a new connection to be accepted (a request with a slot
                        // finds its pool with room).
                        .setConnectTimeout(config.poolWait().toMillis())
                        // The service's silence after the request was sent.
                        .setIdleTimeout(exchange.timeout.toMillis()))
                .compose(upstream -> {
                    exchange.connected = true;
                    exchange.upstream = upstream;
                    if (exchange.clientGone()) {
                        upstream.reset();
                        return Future.failedFuture(new HttpClosedException("The caller left before the request was sent"));
                    }
                    upstream.exceptionHandler(failure -> LOG.debugf("%s: %s", name, failure));
                    return exchange.request.send(upstream);
                });
        if (retriesLeft == 0) {
            return attempt;
        }
        return attempt.recover(failure -> {
            if (!RetryRule.isRetryable(failure) || exchange.clientGone()) {
                return Future.failedFuture(failure);
            }
            LOG.debugf("%s %s to %s failed (%s); retrying", exchange.request.getMethod(), exchange.request.getURI(), name, failure);
            // A read without a body: the retry sends an empty body again.
            exchange.request.setBody(Body.body(Buffer.buffer()));
            Promise<ProxyResponse> retried = Promise.promise();
            vertx.setTimer(config.retryDelay().toMillis(), tick -> attempt(exchange, retriesLeft - 1).onComplete(retried));
            return retried.future();
        });
    }

    /** The service answered: its verdict, then the answer goes to the caller. */
    private void answered(Exchange exchange, ProxyResponse response) {
        int status = response.getStatusCode();
        if (FAILING_STATUSES.contains(status)) {
            breaker.failed("answered " + status);
            metrics.serviceFailed(name, "status-" + status);
        } else {
            breaker.succeeded();
        }
        response.send().onFailure(failure -> {
            if (exchange.clientGone()) {
                metrics.clientAborted(name, "response");
            }
        });
    }

    private void failed(Exchange exchange, Throwable failure) {
        Verdict verdict = verdict(exchange, failure);
        String method = exchange.ctx.request().method().name();
        String path = exchange.ctx.request().path();
        switch (verdict) {
            case CLIENT_GONE -> {
                breaker.released();
                metrics.clientAborted(name, exchange.streamed && !exchange.bodyEnded ? "body" : "waiting");
                LOG.debugf("%s %s: the caller left; the call to %s was cancelled", method, path, name);
            }
            case CLIENT_STALLED -> {
                breaker.released();
                metrics.clientAborted(name, "body");
                answer(exchange, Problems.requestTimeout(exchange.timeout), true);
            }
            case BODY_TOO_LARGE -> {
                breaker.released();
                answer(exchange, Problems.bodyTooLarge(maxBodySize), true);
            }
            case OVERLOADED -> {
                breaker.released();
                overloaded(exchange, failure);
            }
            case SERVICE_FAILED -> serviceFailed(exchange, failure, method, path);
        }
    }

    private Verdict verdict(Exchange exchange, Throwable failure) {
        if (exchange.bodyTooLarge) {
            return Verdict.BODY_TOO_LARGE;
        }
        if (exchange.clientGone()) {
            return Verdict.CLIENT_GONE;
        }
        if (exchange.streamed && !exchange.bodyEnded) {
            return Verdict.CLIENT_STALLED;
        }
        if (!exchange.connected && failure instanceof ConnectionPoolTooBusyException) {
            return Verdict.OVERLOADED;
        }
        return Verdict.SERVICE_FAILED;
    }

    private void serviceFailed(Exchange exchange, Throwable failure, String method, String path) {
        boolean read = RetryRule.isRead(exchange.ctx.request().method());
        String suffix = read ? "" : ".write";
        Problem problem;
        String cause;
        if (failure instanceof ConnectException) {
            cause = "refused";
            problem = Problems.unavailable(Message.of("gateway.unreachable", name));
            exchange.ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Problems.seconds(config.circuitBreaker().reset()));
        } else if (failure instanceof TimeoutException && !exchange.connected) {
            cause = "connect-timeout";
            problem = Problems.unavailable(Message.of("gateway.connect-timeout", name, config.poolWait().toMillis()));
            exchange.ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Problems.seconds(config.circuitBreaker().reset()));
        } else if (failure instanceof TimeoutException) {
            cause = "timeout";
            problem = new Problem(504, "gateway-timeout",
                    Message.of("gateway.timeout" + suffix, name, Problems.seconds(exchange.timeout)));
        } else {
            cause = "broken";
            problem = new Problem(502, "bad-gateway", Message.of("gateway.broken" + suffix, name));
        }
        breaker.failed(cause + " (" + method + " " + path + ")");
        metrics.serviceFailed(name, cause);
        LOG.warnf("%s %s -> %d: %s (%s)", method, path, problem.status(), name, failure);
        answer(exchange, problem, false);
    }

    /** No slot at the service: all taken and the queue full, or none freed within the wait. Never the service's failure. */
    private void overloaded(Exchange exchange, Throwable failure) {
        boolean queueFull = failure instanceof ConnectionPoolTooBusyException;
        metrics.overloaded(name, queueFull ? "queue-full" : "pool-wait");
        exchange.ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
        answer(exchange, Problems.gatewayOverloaded(name, queueFull
                ? Message.of("gateway.overloaded.queue-full", config.maxQueued())
                : Message.of("gateway.overloaded.pool-wait", config.poolWait().toMillis())), false);
    }

    private static void answer(Exchange exchange, Problem problem, boolean close) {
        exchange.request.release();
        if (close) {
            Problems.sendAndClose(exchange.ctx, problem);
        } else {
            Problems.send(exchange.ctx, problem);
        }
    }
}
