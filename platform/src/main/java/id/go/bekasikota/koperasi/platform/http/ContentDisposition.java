package id.go.bekasikota.koperasi.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment} with the file's name, in a form
 * every client reads. A header carries ASCII only (a name as a bank's clerk typed it, {@code Proposal – Sejahtera.pdf},
 * would reach the client as {@code Proposal ? Sejahtera.pdf}), so the name goes twice when it is not plain ASCII: as
 * {@code filename*} in UTF-8, percent-encoded (RFC 8187), which browsers and HTTP clients prefer, and as a quoted
 * {@code filename} for those that know only it, with {@code _} for each character it cannot hold. A quotation mark
 * or a backslash, which would end or escape the quoted name, is left out of it; controls never reach here (the
 * names are the suite's own or were refused with them when uploaded).
 *
 * <p>Read back from an upload ({@link #filename}): the name a client sends in the header rather than in the URL, where
 * proxies log it.
 */
public final class ContentDisposition {

    /** RFC 8187's attr-char besides letters and digits: what stays as it is in {@code filename*}. */
    private static final String ATTR_CHAR_MARKS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** The header's value for a download saved as {@code filename}. */
    public static String attachment(String filename) {
        StringBuilder ascii = new StringBuilder();
        boolean plain = true;
        for (int i = 0; i < filename.length(); ) {
            int c = filename.codePointAt(i);
            i += Character.charCount(c);
            if (c == '"' || c == '\\') {
                plain = false;
            } else if (c < 0x20 || c > 0x7E) {
                ascii.append('_');
                plain = false;
            } else {
                ascii.append((char) c);
            }
        }
        String value = "attachment; filename=\"" + ascii + "\"";
        return plain ? value : value + "; filename*=UTF-8''" + percentEncoded(filename);
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ATTR_CHAR_MARKS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /**
     * The file name a {@code Content-Disposition} names (RFC 6266): its {@code filename*} (RFC 8187, UTF-8 or ISO-8859-1,
     * percent-encoded) before its {@code filename} (a token or a quoted string); empty when the header is absent or names
     * none.
     *
     * @throws IllegalArgumentException the header cannot be read: no disposition type, a parameter without {@code =}, a
     *                                  quoted string not closed, a {@code filename*} in another charset or badly encoded
     */
    public static Optional<String> filename(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> parameters = parameters(header);
        String extended = parameters.get("filename*");
        if (extended != null) {
            return Optional.of(decodeExtended(extended));
        }
        return Optional.ofNullable(parameters.get("filename"));
    }

    /** The parameters after the disposition type, by lower-case name; a quoted value unquoted. */
    private static Map<String, String> parameters(String header) {
        int at = header.indexOf(';');
        String type = (at < 0 ? header : header.substring(0, at)).strip();
        if (type.isEmpty() || !isToken(type)) {
            throw new IllegalArgumentException("no disposition type");
        }
        Map<String, String> parameters = new HashMap<>();
        int i = at < 0 ? header.length() : at + 1;
        while (i < header.length()) {
            int equals = header.indexOf('=', i);
            int nextSemicolon = header.indexOf(';', i);
            if (equals < 0 || (nextSemicolon >= 0 && nextSemicolon < equals)) {
                if (header.substring(i, nextSemicolon < 0 ? header.length() : nextSemicolon).isBlank()) {
                    i = nextSemicolon < 0 ? header.length() : nextSemicolon + 1;
                    continue;
                }
                throw new IllegalArgumentException("a parameter without a value");
            }
            String name = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            if (!isToken(name)) {
                throw new IllegalArgumentException("a parameter name that is not a token");
            }
            int j = equals + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            String value;
            if (j < header.length() && header.charAt(j) == '"') {
                StringBuilder quoted = new StringBuilder();
                j++;
                boolean closed = false;
                while (j < header.length()) {
                    char c = header.charAt(j++);
                    if (c == '\\' && j < header.length()) {
                        quoted.append(header.charAt(j++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        quoted.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("a quoted string not closed");
                }
                value = quoted.toString();
                int end = header.indexOf(';', j);
                if (!header.substring(j, end < 0 ? header.length() : end).isBlank()) {
                    throw new IllegalArgumentException("text after a quoted string");
                }
                i = end < 0 ? header.length() : end + 1;
            } else {
                int end = header.indexOf(';', j);
                value = header.substring(j, end < 0 ? header.length() : end).strip();
                i = end < 0 ? header.length() : end + 1;
            }
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static boolean isToken(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c > 0x20 && c < 0x7F && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0);
    }

    /** An RFC 8187 ext-value: {@code UTF-8'[language]'percent-encoded}. */
    private static String decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("filename* is not charset'language'value");
        }
        String charset = value.substring(0, first);
        Charset decoding;
        if ("UTF-8".equalsIgnoreCase(charset)) {
            decoding = StandardCharsets.UTF_8;
        } else if ("ISO-8859-1".equalsIgnoreCase(charset)) {
            decoding = StandardCharsets.ISO_8859_1;
        } else {
            throw new IllegalArgumentException("filename* in a charset other than UTF-8 or ISO-8859-1");
        }
        String encoded = value.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0 || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("a % not followed by two hexadecimal digits");
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_MARKS.indexOf(c) >= 0)) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("a character filename* must percent-encode");
            }
        }
        java.nio.charset.CharsetDecoder decoder = decoding.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("filename* is not valid " + decoding.name());
        }
    }
}
