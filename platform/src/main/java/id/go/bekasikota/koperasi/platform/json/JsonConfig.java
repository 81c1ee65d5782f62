package id.go.bekasikota.koperasi.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import id.go.bekasikota.koperasi.platform.time.CalendarDates;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * One rule for absent values in every answer (docs/CONVENTIONS.md): a member whose value is null is
 * left out, never sent as {@code null}; the OpenAPI documents list the members that are always
 * there as {@code required} and leave the others, the record components annotated
 * {@link jakarta.annotation.Nullable}, optional (platform {@code RecordSchemasFilter}).
 * <p>
 * Strict reading of request bodies: unknown and read-only fields are refused, not ignored; a
 * number is not silently truncated, a missing primitive is not silently zero, and text is not
 * coerced into numbers or booleans; a member named twice in one object is refused. Text with a
 * NUL character is refused naming its field: PostgreSQL cannot store it, and without this check
 * it would fail the insert (a 500). A date is {@code YYYY-MM-DD} with a four-digit year
 * ({@link CalendarDates}): Jackson's own reader takes {@code +999999999-12-31}, which no column stores.
 * <p>
 * A JSON body is at most {@value #MAX_DOCUMENT_BYTES} bytes (1 MiB; the largest the suite takes, a
 * scenario of 1,000 actions, is about 120 KiB) and a text value in it at most {@value #MAX_TEXT_LENGTH}
 * characters: the reader stops there, so that what one request costs in memory is bounded by these
 * and not by the HTTP layer's limit for files (12 MiB; a few dozen such JSON bodies at once ran a
 * service out of heap). A longer body is a 413. What the suite wrote itself (columns, events, the
 * changes feed) is read without these bounds and tolerantly ({@link #forStoredData}).
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    /** The longest JSON body read, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;
    /** The longest text value of a JSON body, in characters (the longest the suite's fields take is 4,000). */
    public static final int MAX_TEXT_LENGTH = 65_536;

    /**
     * A copy of the application's mapper for reading what the suite wrote itself (JSON columns, events, the
     * changes feed's entries): tolerant of members a newer version added, and without the length bounds of a
     * request body (an import's report of 50,000 rows is several MiB).
     */
    public static ObjectMapper forStoredData(ObjectMapper mapper) {
        ObjectMapper stored = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        stored.getFactory().setStreamReadConstraints(StreamReadConstraints.defaults());
        return stored;
    }

    /**
     * Applied last: after the modules Quarkus registers (Java time among them), so that this date reader
     * is the one used (Jackson takes a type's reader from the module registered last).
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES).maxStringLength(MAX_TEXT_LENGTH).build());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // A member named twice is refused (RFC 8259 leaves it to the reader; I-JSON, RFC 7493, forbids it): Jackson
        // would take the last one silently, and another reader of the same body may take the first.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("koperasi-text").addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(LocalDate.class, new LocalDateDeserializer(CalendarDates.FORMAT)));
    }

    /** Jackson's own string reading, refusing U+0000. */
    static final class TextWithoutNul extends StringDeserializer {

        public static final String MESSAGE = "must not contain the NUL character (U+0000)";

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = super.deserialize(p, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(p, MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
