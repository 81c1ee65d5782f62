package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem answered by the gateway itself, with the same {@code type} base as the
 * services' problems.
 */
public record Problem(int status, String slug, String title, String detail) {

    private static final String TYPE_BASE = "https://koperasi.bekasikota.go.id/problems/";

    public String type() {
        return TYPE_BASE + slug;
    }

    public Buffer toJson(String instance) {
        return new JsonObject()
                .put("type", type())
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .toBuffer();
    }
}
