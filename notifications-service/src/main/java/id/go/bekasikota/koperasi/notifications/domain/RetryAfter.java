package id.go.bekasikota.koperasi.notifications.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receiver's {@code Retry-After} (RFC 9110 10.2.3) on a 429 (Too Many Requests) or a 503 (Service
 * Unavailable): how long it asks to be left alone. The value is delay-seconds or an HTTP-date, in any
 * of the three forms a recipient must accept (RFC 9110 5.6.7). A value that is none of them, zero, or
 * a date not after now asks for nothing. How long the dispatcher really waits (at most the schedule's
 * {@code max}, never past the give-up time) is {@link RetrySchedule#next(int, Instant, Instant, double, Duration)}.
 */
public final class RetryAfter {

    private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]+");
    /**
     * IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}; a day of one digit is taken too, as Java's
     * {@code DateTimeFormatter.RFC_1123_DATE_TIME} writes it ({@code Sun, 6 Nov 1994 ...}).
     */
    private static final Pattern IMF_FIXDATE = Pattern.compile(
            "[A-Z][a-z]{2}, ([0-9]{1,2}) ([A-Z][a-z]{2}) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT");
    /** The obsolete RFC 850 form: {@code Sunday, 06-Nov-94 08:49:37 GMT}, a two-digit year. */
    private static final Pattern RFC_850 = Pattern.compile(
            "[A-Z][a-z]+, ([0-9]{2})-([A-Z][a-z]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT");
    /** ANSI C's asctime(): {@code Sun Nov  6 08:49:37 1994}, the day padded with a space. */
    private static final Pattern ASCTIME = Pattern.compile(
            "[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ 0-9][0-9]) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private RetryAfter() {
    }

    /** The statuses whose {@code Retry-After} is honoured: 429 and 503 (on a 3xx it is about a redirect, never followed). */
    public static boolean honoured(int status) {
        return status == 429 || status == 503;
    }

    /**
     * @param value the header's value as received; null when there was none
     * @param now   when the answer came, by the real clock: an HTTP-date is the receiver's real time
     * @return the wait asked for; empty when the value is missing, not valid, zero, or a date not after {@code now}
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (DELAY_SECONDS.matcher(text).matches()) {
            return positive(seconds(text));
        }
        return date(text, now).map(at -> Duration.between(now, at)).flatMap(RetryAfter::positive);
    }

    /** Delay-seconds past what a long holds are more than any cap anyway. */
    private static Duration seconds(String digits) {
        try {
            return Duration.ofSeconds(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return Duration.ofSeconds(Long.MAX_VALUE);
        }
    }

    private static Optional<Duration> positive(Duration wait) {
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private static Optional<Instant> date(String text, Instant now) {
        Matcher m = IMF_FIXDATE.matcher(text);
        if (m.matches()) {
            return at(Integer.parseInt(m.group(3)), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
        }
        m = RFC_850.matcher(text);
        if (m.matches()) {
            return at(fullYear(Integer.parseInt(m.group(3)), now), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
        }
        m = ASCTIME.matcher(text);
        if (m.matches()) {
            return at(Integer.parseInt(m.group(6)), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        }
        return Optional.empty();
    }

    /**
     * RFC 9110 5.6.7: a two-digit year that would be more than 50 years in the future is the most recent
     * past year with those digits. Read here as the one year ending in them from 49 years back to 50 on.
     */
    static int fullYear(int twoDigits, Instant now) {
        int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
        int year = thisYear - Math.floorMod(thisYear, 100) + twoDigits;
        if (year > thisYear + 50) {
            return year - 100;
        }
        return year < thisYear - 49 ? year + 100 : year;
    }

    private static Optional<Instant> at(int year, String month, String day, String hour, String minute, String second) {
        int monthNumber = MONTHS.indexOf(month) + 1;
        if (monthNumber == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, monthNumber, Integer.parseInt(day.strip()), Integer.parseInt(hour),
                    Integer.parseInt(minute), Integer.parseInt(second)).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException notADate) {
            // 31 Feb, 25:00 and the like: not a date, so no wait.
            return Optional.empty();
        }
    }
}
