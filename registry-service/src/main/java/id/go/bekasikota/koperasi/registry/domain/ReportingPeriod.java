package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a cluster's activity is recorded for: a calendar month ({@code 2026-03}) or a
 * calendar quarter ({@code 2026-Q1}).
 */
public record ReportingPeriod(Type type, int year, int number) implements Comparable<ReportingPeriod> {

    public enum Type { MONTH, QUARTER }

    /** How a period is written: {@code YYYY-MM} or {@code YYYY-Qn}. */
    public static final String PATTERN = "[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])";

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))");

    public ReportingPeriod {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside 1900-9999");
        }
        if (number < 1 || number > (type == Type.MONTH ? 12 : 4)) {
            throw new IllegalArgumentException("no " + type + " " + number);
        }
    }

    /** The period written as {@code 2026-03} or {@code 2026-Q1}; none for any other text. */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1900) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return Optional.of(m.group(2) != null ? new ReportingPeriod(Type.MONTH, year, Integer.parseInt(m.group(2)))
                : new ReportingPeriod(Type.QUARTER, year, Integer.parseInt(m.group(3))));
    }

    public LocalDate start() {
        return type == Type.MONTH ? LocalDate.of(year, number, 1) : LocalDate.of(year, 3 * number - 2, 1);
    }

    public LocalDate end() {
        return type == Type.MONTH ? YearMonth.of(year, number).atEndOfMonth() : YearMonth.of(year, 3 * number).atEndOfMonth();
    }

    /** Whether the two periods share a day: a month and the quarter it lies in, or the same period. */
    public boolean overlaps(ReportingPeriod other) {
        return !start().isAfter(other.end()) && !other.start().isAfter(end());
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }

    @Override
    public String toString() {
        return type == Type.MONTH ? "%04d-%02d".formatted(year, number) : "%04d-Q%d".formatted(year, number);
    }
}
