package id.go.bekasikota.koperasi.gateway.edge;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.metrics.EdgeMetrics;
import id.go.bekasikota.koperasi.gateway.proxy.Message;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import id.go.bekasikota.koperasi.gateway.security.Cors;
import id.go.bekasikota.koperasi.gateway.security.TokenCheck;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who the client is (its real address, {@link ClientAddresses}) and how much of the gateway it may
 * hold at once: connections per address (only connections that carried a request are seen; the
 * server's idle timeout and {@code quarkus.http.limits.max-connections} bound the others) and
 * requests in progress per client (a partner by {@code partner_id}, else the token subject, else the
 * address, as for the rate limits). Past either: 429 problem details with {@code Retry-After}.
 */
@ApplicationScoped
public class ClientLimits {

    /** The resolved {@link ClientAddresses.Client} of the request. */
    public static final String CLIENT_KEY = "koperasi.client";

    private final ClientAddresses addresses;
    private final GatewayConfig.Limits limits;
    private final EdgeMetrics metrics;
    private final Map<String, Set<HttpConnection>> connections = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Cors cors;

    public ClientLimits(GatewayConfig config, EdgeMetrics metrics, Cors cors) {
        this.addresses = new ClientAddresses(config.trustedProxies().orElse(List.of()));
        this.limits = config.limits();
        this.metrics = metrics;
        this.cors = cors;
    }

    /** Resolves the client of the request and counts its connection; refuses an address past its limit. */
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        SocketAddress peerAddress = request.connection().remoteAddress();
        String peer = peerAddress == null || peerAddress.host() == null ? "unknown" : peerAddress.host();
        ClientAddresses.Client client = addresses.resolve(peer, request.getHeader("Forwarded"), request.getHeader("X-Forwarded-For"));
        ctx.put(CLIENT_KEY, client);
        ctx.put(CallerOrigin.KEY, CallerOrigin.of(request, addresses.isTrusted(peer)));
        if (!addresses.isTrusted(peer) && !admitConnection(peer, request.connection())) {
            metrics.refused("connections");
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
            // Refused before CORS runs (CORS needs the origin resolved here): a browser still reads why.
            cors.allowReadingRefusal(ctx);
            Problems.sendAndClose(ctx, Problems.tooManyRequests(Message.of("gateway.connections", limits.connectionsPerAddress())));
            return;
        }
        ctx.next();
    }

    /** True when the client may have one more request in progress; otherwise the 429 answer has been sent. */
    public boolean admitInFlight(RoutingContext ctx) {
        String client = clientKey(ctx);
        AtomicInteger count = inFlight.computeIfAbsent(client, key -> new AtomicInteger());
        if (count.incrementAndGet() > limits.inFlightPerClient()) {
            release(client, count);
            metrics.refused("in-flight");
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.sendAndClose(ctx, Problems.tooManyRequests(Message.of("gateway.in-flight", limits.inFlightPerClient())));
            return false;
        }
        ctx.addEndHandler(done -> release(client, count));
        return true;
    }

    /** The client a limit counts against: a partner by its partner_id, else the token subject, else the real address. */
    public static String clientKey(RoutingContext ctx) {
        JsonWebToken token = ctx.get(TokenCheck.TOKEN_KEY);
        if (token != null) {
            Object partner = token.getClaim("partner_id");
            return partner != null ? "partner:" + partner : "sub:" + token.getSubject();
        }
        ClientAddresses.Client client = ctx.get(CLIENT_KEY);
        return "ip:" + (client == null ? "unknown" : client.address());
    }

    private boolean admitConnection(String address, HttpConnection connection) {
        if (!(connection instanceof ConnectionBase base)) {
            return true;
        }
        boolean[] admitted = {true};
        connections.compute(address, (key, open) -> {
            Set<HttpConnection> set = open != null ? open : ConcurrentHashMap.newKeySet();
            if (set.contains(connection)) {
                return set;
            }
            if (set.size() >= limits.connectionsPerAddress()) {
                admitted[0] = false;
                return set.isEmpty() ? null : set;
            }
            set.add(connection);
            base.closeFuture().onComplete(closed -> connections.computeIfPresent(address, (k, s) -> {
                s.remove(connection);
                return s.isEmpty() ? null : s;
            }));
            return set;
        });
        return admitted[0];
    }

    private void release(String client, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            inFlight.remove(client, count);
        }
    }
}
