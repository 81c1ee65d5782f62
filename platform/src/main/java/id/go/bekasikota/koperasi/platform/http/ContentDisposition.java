package id.go.bekasikota.koperasi.platform.http;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment} with the file's name, in a form
 * every client reads. A header carries ASCII only (a name as a bank's clerk typed it, {@code Proposal – Sejahtera.pdf},
 * would reach the client as {@code Proposal ? Sejahtera.pdf}), so the name goes twice when it is not plain ASCII: as
 * {@code filename*} in UTF-8, percent-encoded (RFC 8187), which browsers and HTTP clients prefer, and as a quoted
 * {@code filename} for those that know only it, with {@code _} for each character it cannot hold. A quotation mark
 * or a backslash, which would end or escape the quoted name, is left out of it; controls never reach here (the
 * names are the suite's own or were refused with them when uploaded).
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
}
