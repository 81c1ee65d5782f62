package id.go.bekasikota.koperasi.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/**
 * Reads a text field as the service reads any text (the platform's strict rules apply), then
 * {@link TrustedText#normalise normalises} it: NFC, trimmed. Used by {@link NameText},
 * {@link CodeText} and {@link FreeText}.
 */
public final class TrustedTextDeserializer extends StdScalarDeserializer<String> {

    public TrustedTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object text = context.findRootValueDeserializer(context.constructType(String.class)).deserialize(parser, context);
        return TrustedText.normalise((String) text);
    }
}
