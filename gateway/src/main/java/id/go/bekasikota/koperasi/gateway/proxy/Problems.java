package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem details answered by the gateway itself, with the same types as the services. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://koperasi.bekasikota.go.id/problems/";

    private Problems() {
    }

    public static Buffer body(int status, String slug, String title, String detail, String instance) {
        return new JsonObject()
                .put("type", BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }

    public static void answer(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, slug, title, detail, ctx.request().path()));
    }
}
