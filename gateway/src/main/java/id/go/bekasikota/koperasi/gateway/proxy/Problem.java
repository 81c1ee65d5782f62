package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.util.Locale;

/**
 * An RFC 9457 problem answered by the gateway itself, with the same {@code type} base as the
 * services' problems. The title and the detail are written in the language of the answer; the type
 * is the same in every language.
 */
public record Problem(int status, String slug, Message title, Message detail) {

    private static final String TYPE_BASE = "https://koperasi.bekasikota.go.id/problems/";

    public Problem(int status, String slug, Message detail) {
        this(status, slug, Message.of("gateway.title." + slug), detail);
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public Buffer toJson(String instance, Locale language) {
        return new JsonObject()
                .put("type", type())
                .put("title", title.in(language))
                .put("status", status)
                .put("detail", detail.in(language))
                .put("instance", instance)
                .toBuffer();
    }
}
