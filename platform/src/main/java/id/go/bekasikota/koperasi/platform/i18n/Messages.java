package id.go.bekasikota.koperasi.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The {@code messages} resource bundles: every module keeps its own {@code messages.properties}
 * (English, the default) and {@code messages_id.properties} (Bahasa Indonesia), UTF-8, its keys under
 * its own prefix ({@code problem.}, {@code registry.}, ...). The bundle of one language is the union of
 * the files of that name in every jar, so a service reads the platform's keys and its own.
 * Messages are {@link MessageFormat} patterns; arguments are written as text (an id or a year is never
 * grouped into {@code 2,026}).
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    private static final ResourceBundle.Control MERGED = new Merged();

    private Messages() {
    }

    public static String format(Locale locale, Text text) {
        if (text.key() == null) {
            return String.valueOf(text.args().get(0));
        }
        String pattern = bundle(locale).getString(text.key());
        if (text.args().isEmpty()) {
            return new MessageFormat(pattern, locale).format(new Object[0]);
        }
        Object[] args = text.args().stream()
                .map(arg -> arg instanceof Text nested ? format(locale, nested)
                        : arg instanceof Rupiah amount ? amount.in(locale)
                        : arg instanceof Day day ? day.in(locale)
                        : String.valueOf(arg))
                .toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    public static String format(Locale locale, String key, Object... args) {
        return format(locale, Text.of(key, args));
    }

    public static ResourceBundle bundle(Locale locale) {
        return bundle(BUNDLE, locale);
    }

    /** One bundle (by base name) in one language, merged over every jar; English is the root, never a fallback locale. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(), MERGED);
    }

    /** Reads the properties files of one resource name in every jar, UTF-8. */
    static Map<String, String> merged(ClassLoader loader, String resource) {
        Map<String, String> entries = new HashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(resource))) {
                entries.putAll(read(url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static Map<String, String> read(URL url) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> entries = new HashMap<>();
        properties.forEach((k, v) -> entries.put((String) k, (String) v));
        return entries;
    }

    private static final class Merged extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload) {
            Map<String, String> entries = merged(loader, toResourceName(toBundleName(baseName, locale), "properties"));
            return entries.isEmpty() ? null : new MapBundle(entries);
        }
    }

    private static final class MapBundle extends ResourceBundle {

        private final Map<String, String> entries;

        MapBundle(Map<String, String> entries) {
            this.entries = Map.copyOf(entries);
        }

        @Override
        protected Object handleGetObject(String key) {
            return entries.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(keySet());
        }

        @Override
        protected java.util.Set<String> handleKeySet() {
            return entries.keySet();
        }
    }
}
