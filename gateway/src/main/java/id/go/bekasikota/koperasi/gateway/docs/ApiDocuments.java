package id.go.bekasikota.koperasi.gateway.docs;

import id.go.bekasikota.koperasi.gateway.config.GatewayConfig;
import id.go.bekasikota.koperasi.gateway.proxy.Message;
import id.go.bekasikota.koperasi.gateway.proxy.Problems;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /openapi/{service}}: each service's OpenAPI document ({@code /q/openapi?format=json} of
 * the service), read through the gateway so that the one Swagger UI page at {@code /api-docs}
 * (quarkus.swagger-ui.urls) lists all of them and tries their operations through the gateway.
 */
@ApplicationScoped
public class ApiDocuments {

    private final GatewayConfig config;

    public ApiDocuments(GatewayConfig config) {
        this.config = config;
    }

    void routes(@Observes Router router, Vertx vertx) {
        WebClient client = WebClient.create(vertx);
        router.route(HttpMethod.GET, "/openapi/:service").handler(ctx -> document(ctx, client));
    }

    private void document(RoutingContext ctx, WebClient client) {
        String name = ctx.pathParam("service");
        GatewayConfig.Service service = config.services().get(name);
        if (service == null) {
            Problems.send(ctx, Problems.notFound(ctx.request().path()));
            return;
        }
        client.getAbs(service.url().resolve(service.openapiPath()).toString())
                .timeout(service.timeout().toMillis())
                .send()
                .onComplete(result -> {
                    if (result.succeeded() && result.result().statusCode() == 200) {
                        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(result.result().body());
                    } else {
                        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "10");
                        Problems.send(ctx, Problems.unavailable(Message.of("gateway.document-unavailable", name)));
                    }
                });
    }
}
