package id.go.bekasikota.koperasi.platform.i18n;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every bundle of a base name on the class path is translated: each default file
 * ({@code messages.properties}) has its Indonesian sibling ({@code messages_id.properties}) in the
 * same jar with the same keys, and each message names the same arguments in both languages. The
 * module tests run it, so a key added in one language only fails the build.
 */
public final class MessageBundles {

    /**
     * Placeholders: {@code {0}} in a MessageFormat pattern, {@code {min}} in a validation message. An
     * expression ({@code ${inclusive == true ? 'or equal to ' : ''}}) holds words of its language and is
     * not compared.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\{[^{}]+}");

    private MessageBundles() {
    }

    /**
     * What is missing or wrong, one line each (empty when all is well).
     *
     * @param messageFormat true for {@link MessageFormat} patterns (a lone apostrophe would swallow the
     *                      rest of the message), false for Bean Validation message templates
     */
    public static List<String> gaps(ClassLoader loader, String baseName, boolean messageFormat) {
        List<String> gaps = new ArrayList<>();
        String root = baseName + ".properties";
        try {
            for (URL url : Collections.list(loader.getResources(root))) {
                String where = url.toString();
                URL translated = new URL(where.substring(0, where.length() - root.length()) + baseName + "_id.properties");
                Map<String, String> english = Messages.read(url);
                Map<String, String> indonesian;
                try {
                    indonesian = Messages.read(translated);
                } catch (FileNotFoundException e) {
                    gaps.add(where + ": no " + baseName + "_id.properties beside it");
                    continue;
                }
                compare(where, english, indonesian, messageFormat, gaps);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gaps;
    }

    private static void compare(String where, Map<String, String> english, Map<String, String> indonesian,
                                boolean messageFormat, List<String> gaps) {
        for (String key : new TreeSet<>(english.keySet())) {
            if (!indonesian.containsKey(key) || indonesian.get(key).isBlank()) {
                gaps.add(where + ": " + key + " has no Indonesian translation");
            } else if (!placeholders(english.get(key)).equals(placeholders(indonesian.get(key)))) {
                gaps.add(where + ": " + key + " names " + placeholders(english.get(key)) + " in English but "
                        + placeholders(indonesian.get(key)) + " in Indonesian");
            }
        }
        for (String key : new TreeSet<>(indonesian.keySet())) {
            if (!english.containsKey(key)) {
                gaps.add(where + ": " + key + " is translated but not in the default (English) bundle");
            }
        }
        if (messageFormat) {
            english.forEach((key, pattern) -> checkPattern(where, key, pattern, gaps));
            indonesian.forEach((key, pattern) -> checkPattern(where, key + " (id)", pattern, gaps));
        }
    }

    private static void checkPattern(String where, String key, String pattern, List<String> gaps) {
        if (pattern.replace("''", "").indexOf('\'') >= 0) {
            gaps.add(where + ": " + key + " has a lone apostrophe; write '' for one");
            return;
        }
        try {
            new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            gaps.add(where + ": " + key + " is not a valid message pattern");
        }
    }

    static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
