package id.go.bekasikota.koperasi.gateway.proxy;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text of the gateway's problems: a key of its {@code messages} bundles (English in
 * {@code messages.properties}, Bahasa Indonesia in {@code messages_id.properties}, UTF-8) and the values it
 * names, written in the language of the answer. A value that is itself a message is written in that
 * language too. The services' problems follow the same rule (platform {@code i18n}); the gateway keeps
 * its own few lines to stay free of the services' platform.
 */
public record Message(String key, List<Object> args) {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<Locale> MATCHED = List.of(ENGLISH, INDONESIAN, Locale.forLanguageTag("id-ID"));
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    public String in(Locale language) {
        String pattern = ResourceBundle.getBundle("messages", language, Message.class.getClassLoader(), NO_FALLBACK).getString(key);
        Object[] values = args.stream().map(arg -> arg instanceof Message nested ? nested.in(language) : String.valueOf(arg)).toArray();
        return new MessageFormat(pattern, language).format(values);
    }

    /**
     * The language of the answer to a request with this {@code Accept-Language}: Bahasa Indonesia when
     * it comes first among the languages the suite speaks, otherwise English (the default, as in the
     * services, which make the same choice).
     */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
        // Range by range, most wanted first, as platform's Languages.choose: Locale.filter given the whole list answers
        // every language in our order as soon as one range is "*".
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            if ("*".equals(range.getRange())) {
                return ENGLISH;
            }
            List<Locale> matched = Locale.filter(List.of(range), MATCHED);
            if (!matched.isEmpty()) {
                return Locale.forLanguageTag(matched.get(0).getLanguage());
            }
        }
        return ENGLISH;
    }
}
