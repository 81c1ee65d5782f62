package id.go.bekasikota.koperasi.registry.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place in the changes feed: after the change at {@code position} (the commit-ordered number of
 * the writing transaction) and {@code ordinal} (the cooperative's rank within that transaction).
 * Clients keep it as an opaque string; its form may change with a version prefix.
 */
public record ChangeCursor(long position, int ordinal) implements Comparable<ChangeCursor> {

    private static final Pattern POSITION = Pattern.compile("\\d{1,18}");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,9}");

    /** Before the first change. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);
    private static final String VERSION = "c1.";
    /** The longest text {@link #decode} reads; a cursor this feed hands out is 44 characters at most. */
    public static final int MAX_LENGTH = 64;

    public ChangeCursor {
        if (position < 0 || ordinal < 0) {
            throw new IllegalArgumentException("a cursor is never negative");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + position + "." + ordinal).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back; empty when it is not one this feed handed out. */
    public static Optional<ChangeCursor> decode(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
            if (!text.startsWith(VERSION)) {
                return Optional.empty();
            }
            String[] parts = text.substring(VERSION.length()).split("\\.", -1);
            if (parts.length != 2 || !POSITION.matcher(parts[0]).matches() || !ORDINAL.matcher(parts[1]).matches()) {
                return Optional.empty();
            }
            return Optional.of(new ChangeCursor(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(ChangeCursor other) {
        int byPosition = Long.compare(position, other.position);
        return byPosition != 0 ? byPosition : Integer.compare(ordinal, other.ordinal);
    }
}
