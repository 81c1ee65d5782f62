package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.time.CalendarDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads query and path parameters so that a bad value is a 400 naming the parameter (and an
 * unknown id a 404), not the framework's bare answer.
 */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return CalendarDates.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, Text.of("problem.param.date"));
        }
    }

    /**
     * A UUID as written everywhere (RFC 9562: 8-4-4-4-12 hexadecimal digits, either case). Java's own parser takes
     * shorter groups and a sign ({@code d81842a-75d7-...}, {@code +0d81842a-...}), so that one resource answered to
     * several spellings of its id.
     */
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A path id that is not a UUID cannot name anything: 404, as for an unknown one (the subject a message key). */
    public static UUID id(Text subject, String value) {
        return canonical(value).orElseThrow(() -> ProblemException.notFound(subject, value));
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return canonical(value.trim()).orElseThrow(() -> ProblemException.invalid(name, Text.of("problem.param.uuid")));
    }

    /** The UUID {@code value} writes in its canonical form; empty for anything else (null included). */
    static Optional<UUID> canonical(String value) {
        return value != null && CANONICAL_UUID.matcher(value).matches() ? Optional.of(UUID.fromString(value)) : Optional.empty();
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, Text.of("problem.param.one-of", java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    public static Long wholeNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, Text.of("problem.param.whole-number"));
        }
    }
}
