package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem answered by the gateway itself, with the same {@code type} base as the
 * services' problems; a validation problem names the parameters at fault in {@code errors}. The
 * title, the detail and the messages are written in the language of the answer; the type and the
 * field names are the same in every language.
 */
public record Problem(int status, String slug, Message title, Message detail, List<FieldError> errors) {

    private static final String TYPE_BASE = "https://koperasi.bekasikota.go.id/problems/";

    /** One parameter at fault, as the services name theirs. */
    public record FieldError(String field, Message message) {
    }

    public Problem(int status, String slug, Message detail) {
        this(status, slug, Message.of("gateway.title." + slug), detail, List.of());
    }

    public Problem(int status, String slug, Message title, Message detail) {
        this(status, slug, title, detail, List.of());
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public Buffer toJson(String instance, Locale language) {
        JsonObject json = new JsonObject()
                .put("type", type())
                .put("title", title.in(language))
                .put("status", status)
                .put("detail", clip(detail.in(language), 2000))
                .put("instance", clip(instance, 8192));
        if (!errors.isEmpty()) {
            JsonArray fields = new JsonArray();
            errors.forEach(error -> fields.add(new JsonObject().put("field", clip(error.field(), 300))
                    .put("message", clip(error.message().in(language), 1000))));
            json.put("errors", fields);
        }
        return json.toBuffer();
    }

    /**
     * The text cut to the length the documents' {@code Problem} schema states (the platform's {@code Problem}
     * cuts the services' problems alike): a detail or a field that repeats an over-long path or parameter.
     */
    static String clip(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(length - 2)) ? length - 2 : length - 1;
        return text.substring(0, cut) + "\u2026";
    }
}
