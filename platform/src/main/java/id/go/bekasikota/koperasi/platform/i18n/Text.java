package id.go.bekasikota.koperasi.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message a person reads, kept as a key of the {@code messages} bundles and its arguments until
 * the language of the answer is known. Arguments are values (ids, states, dates, amounts), written
 * as they are, or other texts, translated in the same language.
 *
 * @param key  a key of {@code messages.properties}, or {@code null} for {@link #verbatim} text
 * @param args the values the message names, in the order of its {@code {0}}, {@code {1}}, ...
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(Arrays.asList(args.stream().map(a -> a == null ? "-" : a).toArray()));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /**
     * Text that is the same in every language: a code or a value the caller sent (never a sentence
     * written in the code; that takes a key).
     */
    public static Text verbatim(String text) {
        return new Text(null, List.of(text == null ? "" : text));
    }

    public String in(Locale locale) {
        return Messages.format(locale, this);
    }

    /** The text in the default language, for logs and exception messages. */
    @Override
    public String toString() {
        return in(Languages.DEFAULT);
    }
}
