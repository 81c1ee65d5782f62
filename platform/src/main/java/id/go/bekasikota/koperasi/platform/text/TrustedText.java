package id.go.bekasikota.koperasi.platform.text;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Messages;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Text a caller sends, made fit for a public register: normalised to one Unicode form and
 * trimmed, and refused where it could mislead a reader. A name or a number with a character
 * that reverses the reading order (U+202E) or that cannot be seen (U+200B) looks like another
 * one on screen; a name of spaces or invisible characters looks like no name at all.
 *
 * <p>Request fields get this through {@link NameText}, {@link CodeText} and {@link FreeText};
 * text that does not come through JSON (a CSV cell) calls {@link #normalise} and {@link #problem}.
 */
public final class TrustedText {

    /** What a text field holds, from the strictest to the most lenient. */
    public enum Kind {
        /** A name a person reads: of a cooperative, a cluster, a business, a person, a place. */
        NAME,
        /** A number, code or other identifier written as text: a legal entity number, an e-mail address. */
        CODE,
        /** Free text: notes, reasons, descriptions, addresses. */
        FREE_TEXT
    }

    private TrustedText() {
    }

    /**
     * The text in Unicode normal form C (an accented letter typed as letter + combining accent is
     * stored as the one precomposed letter), without spacing characters at either end. Null stays null.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = 0;
        int end = composed.length();
        while (start < end && spacing(composed.charAt(start))) {
            start++;
        }
        while (end > start && spacing(composed.charAt(end - 1))) {
            end--;
        }
        return composed.substring(start, end);
    }

    /**
     * Why the (normalised) text cannot be taken as the kind of field, in English words for the caller
     * (a CSV row report); empty when it can. Null and empty text have no problem here: whether a field
     * is required is said elsewhere ({@code @NotBlank}).
     */
    public static Optional<String> problem(Kind kind, String text) {
        return flaw(kind, text).map(Flaw::english);
    }

    /**
     * Why the text cannot be taken, as the key of its message in {@code ContributorValidationMessages}
     * ({@code koperasi.text.*}, translated) and the character found ({@code U+202E}, or null).
     */
    public record Flaw(String messageKey, String codePoint) {

        /** The message in English, as {@link #problem} gives it. */
        public String english() {
            String message = Messages.bundle("ContributorValidationMessages", Languages.ENGLISH).getString(messageKey);
            return codePoint == null ? message : message.replace("{codePoint}", codePoint);
        }
    }

    public static Optional<Flaw> flaw(Kind kind, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.SURROGATE) {
                return Optional.of(new Flaw("koperasi.text.lone-surrogate", codePoint(c)));
            }
            if (kind != Kind.FREE_TEXT && directional(c)) {
                return Optional.of(new Flaw("koperasi.text.directional", codePoint(c)));
            }
            if (kind != Kind.FREE_TEXT && invisible(c)) {
                return Optional.of(new Flaw("koperasi.text.invisible", codePoint(c)));
            }
            if (kind == Kind.FREE_TEXT && Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(new Flaw("koperasi.text.control", codePoint(c)));
            }
            letter |= Character.isLetter(c) && !blankLetter(c);
        }
        if (kind == Kind.NAME && !letter) {
            return Optional.of(new Flaw("koperasi.text.no-letter", null));
        }
        return Optional.empty();
    }

    /** Explicit directional formatting: embeddings and overrides, isolates, the LRM/RLM and ALM marks. */
    static boolean directional(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * Characters with no glyph of their own: format characters (zero-width space, joiners, word
     * joiner, byte-order mark, soft hyphen...), controls (tab and line breaks included) and the
     * line and paragraph separators.
     */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Letters by their category that show as blank space: the Hangul fillers. */
    private static boolean blankLetter(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }

    private static boolean spacing(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
