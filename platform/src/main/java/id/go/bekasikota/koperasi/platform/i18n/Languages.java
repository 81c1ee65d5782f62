package id.go.bekasikota.koperasi.platform.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the suite answers in, and which one a request gets from its {@code Accept-Language}.
 * English is the default (docs/CONVENTIONS.md says why): a person's browser names its language, so an
 * Indonesian office user gets Bahasa Indonesia without asking; a machine client that names none gets
 * the language of the API documents. Hibernate Validator's messages follow the same choice: {@link ChosenLanguage}
 * replaces a request's {@code Accept-Language} with it before the validator reads the header, so that the detail and
 * the field messages of one answer are in one language.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale DEFAULT = ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, INDONESIAN);

    /** What {@code quarkus.locales} names: {@code id-ID} too, which is what a browser set to Indonesian may send alone. */
    private static final List<Locale> MATCHED = List.of(ENGLISH, INDONESIAN, Locale.forLanguageTag("id-ID"));

    private Languages() {
    }

    /**
     * The language of the answer to a request with this {@code Accept-Language} (null, blank, {@code *},
     * unreadable or naming no language of ours: the default), as a language without a region.
     */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
        // Range by range, most wanted first (parse orders them by weight): Locale.filter given the whole list answers
        // every language in our order as soon as one range is "*", so "id-ID, en;q=0.8, *;q=0.5" came out English.
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue; // "not acceptable" (RFC 9110 §12.4.2); the default is the fallback all the same
            }
            if ("*".equals(range.getRange())) {
                return DEFAULT;
            }
            List<Locale> matched = Locale.filter(List.of(range), MATCHED);
            if (!matched.isEmpty()) {
                return Locale.forLanguageTag(matched.get(0).getLanguage());
            }
        }
        return DEFAULT;
    }

    /** The {@code Content-Language} value of an answer in this language. */
    public static String tag(Locale language) {
        return language.toLanguageTag();
    }

    /**
     * A 200 whose body holds text a person reads, written in {@code language}: it says which
     * ({@code Content-Language}) and that it depends on {@code Accept-Language} ({@code Vary}), as problem answers do.
     */
    public static jakarta.ws.rs.core.Response answer(Object entity, Locale language) {
        return jakarta.ws.rs.core.Response.ok(entity)
                .header(jakarta.ws.rs.core.HttpHeaders.CONTENT_LANGUAGE, tag(language))
                .header(jakarta.ws.rs.core.HttpHeaders.VARY, jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
