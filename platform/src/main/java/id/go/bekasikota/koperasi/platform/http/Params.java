package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.time.CalendarDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

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

    /** A path id that is not a UUID cannot name anything: 404, as for an unknown one (the subject a message key). */
    public static UUID id(Text subject, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(subject, value);
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, Text.of("problem.param.uuid"));
        }
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
