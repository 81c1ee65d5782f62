package id.go.bekasikota.koperasi.gateway.edge;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.metrics.EdgeMetrics;
import id.go.bekasikota.koperasi.gateway.proxy.Message;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

/**
 * The first look at every request, before any decision: the request target's length (414), the
 * headers' size (431) and the path's form ({@link CanonicalPath}, 400), each answered with problem
 * details. The HTTP decoder's own limits ({@code quarkus.http.limits.max-header-size},
 * {@code max-initial-line-length}) are set above these, so that these answer first; a request
 * beyond the decoder's limits is refused by the decoder itself, without a body.
 */
@ApplicationScoped
public class RequestChecks {

    private final long maxHeaderSize;
    private final int maxUriLength;
    private final EdgeMetrics metrics;

    public RequestChecks(GatewayConfig config, EdgeMetrics metrics) {
        this.maxHeaderSize = config.limits().maxHeaderSize().asLongValue();
        this.maxUriLength = config.limits().maxUriLength();
        this.metrics = metrics;
    }

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            metrics.refused("uri-too-long");
            Problems.sendAndClose(ctx, Problems.uriTooLong(maxUriLength));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderSize) {
            metrics.refused("header-too-large");
            Problems.sendAndClose(ctx, Problems.headerTooLarge(maxHeaderSize));
            return;
        }
        Optional<Message> notCanonical = CanonicalPath.problem(request.path());
        if (notCanonical.isPresent()) {
            metrics.refused("path");
            Problems.send(ctx, Problems.malformedPath(notCanonical.get()));
            return;
        }
        ctx.next();
    }
}
