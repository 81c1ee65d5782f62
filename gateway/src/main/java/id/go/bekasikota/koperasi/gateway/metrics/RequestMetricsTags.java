package id.go.bekasikota.koperasi.gateway.metrics;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.spi.observability.HttpResponse;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * The {@code uri} tag of {@code http.server.requests} for the proxied paths. The gateway's routes are
 * prefixes ({@code /api/v1/cooperatives/*}), so Quarkus would tag every request with its raw path and
 * every id would make a new time series; here a path below a routed prefix is tagged with its
 * template ({@link UriTemplates}). The gateway's own endpoints keep the tags Quarkus gives them.
 */
@Singleton
public class RequestMetricsTags implements HttpServerMetricsTagsContributor {

    /** Statuses a service gives only for a path it has; the gateway itself never answers with them. */
    private static final Set<Integer> RESOURCE_REFUSALS = Set.of(409, 410, 412, 422);
    private static final Tags CORS_PREFLIGHT = Tags.of("uri", "/cors-preflight");

    private final UriTemplates templates;

    public RequestMetricsTags(GatewayConfig config) {
        this.templates = new UriTemplates(config.routes().values().stream()
                .flatMap(route -> route.prefixes().stream())
                .toList());
    }

    @Override
    public Tags contribute(Context context) {
        HttpServerRequest request = context.request();
        if (request.path() == null) {
            return Tags.empty();
        }
        if (isPreflight(request)) {
            // Answered by the CORS filter for any path, known or not.
            return CORS_PREFLIGHT;
        }
        HttpResponse response = context.response();
        boolean serviceKnowsPath = response != null && serviceKnowsPath(response.statusCode());
        return templates.template(request.path(), serviceKnowsPath)
                .map(template -> Tags.of("uri", template))
                .orElse(Tags.empty());
    }

    private static boolean serviceKnowsPath(int status) {
        return status >= 200 && status < 400 || RESOURCE_REFUSALS.contains(status);
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }
}
