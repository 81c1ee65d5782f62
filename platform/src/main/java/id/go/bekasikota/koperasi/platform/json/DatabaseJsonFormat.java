package id.go.bekasikota.koperasi.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;

/**
 * How JSON columns are read and written: the application's mapper (dates as ISO text), but
 * tolerant of fields a newer version wrote, unlike the strict reading of request bodies, and without
 * their length bounds.
 */
@JsonFormat
@PersistenceUnitExtension
public class DatabaseJsonFormat implements FormatMapper {

    private final FormatMapper delegate;

    public DatabaseJsonFormat(ObjectMapper objectMapper) {
        this.delegate = new JacksonJsonFormatMapper(JsonConfig.forStoredData(objectMapper));
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
