package id.go.bekasikota.koperasi.gateway.docs;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;

/**
 * {@code /openapi/{service}}: each service's OpenAPI document, fetched through the gateway so the
 * single Swagger UI page at {@code /api-docs} lists all three.
 */
@ApplicationScoped
public class ApiDocuments {

    void routes(@Observes Router router, Vertx vertx, GatewayConfig config) {
        WebClient client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000));
        router.route(HttpMethod.GET, "/openapi/:service").handler(ctx -> {
            GatewayConfig.Service service = config.services().get(ctx.pathParam("service"));
            if (service == null) {
                Problems.answer(ctx, 404, "not-found", "Not found", "No service " + ctx.pathParam("service"));
                return;
            }
            URI uri = URI.create(service.url());
            client.get(uri.getPort(), uri.getHost(), "/q/openapi?format=json").timeout(10_000).send().onComplete(result -> {
                if (result.succeeded() && result.result().statusCode() == 200) {
                    ctx.response().putHeader("Content-Type", "application/json").end(result.result().body());
                } else {
                    Problems.answer(ctx, 503, "unavailable", "Temporarily unavailable",
                            "The " + ctx.pathParam("service") + " service's API document cannot be read now");
                }
            });
        });
    }
}
