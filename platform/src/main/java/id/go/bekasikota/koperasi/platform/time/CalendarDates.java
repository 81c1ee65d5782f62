package id.go.bekasikota.koperasi.platform.time;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * A calendar date as the suite reads it from a caller: {@code YYYY-MM-DD} with a year of four digits
 * (0000-9999), the form every document names. The JDK's ISO reader also takes a signed year of up to
 * nine digits ({@code +999999999-12-31}); such a date cannot be stored (PostgreSQL's dates end in
 * 5874897) and a month added to it overflows (a 500), so it is refused where it is read, naming its
 * field, like any other malformed date.
 */
public final class CalendarDates {

    /** {@code YYYY-MM-DD}, four-digit year, strict (no 31 April). */
    public static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarDates() {
    }

    /** The date, or a {@link DateTimeParseException} when the text is not {@code YYYY-MM-DD} with a four-digit year. */
    public static LocalDate parse(CharSequence text) {
        return LocalDate.parse(text, FORMAT);
    }
}
