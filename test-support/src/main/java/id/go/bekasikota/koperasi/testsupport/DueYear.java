package id.go.bekasikota.koperasi.testsupport;

import java.time.LocalDate;

/**
 * The latest due financial year F as of a date (DESIGN.md 3.1), written out again for tests so
 * that their expectations do not come from the code under test ({@code StandingRules}): from
 * 1 July on, last year; before it, the year before last.
 */
public final class DueYear {

    private DueYear() {
    }

    public static int asOf(LocalDate date) {
        boolean fromJulyFirst = date.getMonthValue() >= 7;
        return fromJulyFirst ? date.getYear() - 1 : date.getYear() - 2;
    }

    /**
     * The first day with the same F as {@code date}: the 1 July on or before it. An award program's nomination window
     * stays between this day and {@link #lastDay} (awards refuses a window across a 1 July).
     */
    public static LocalDate firstDay(LocalDate date) {
        return LocalDate.of(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1, 7, 1);
    }

    /** The last day with the same F as {@code date}: the 30 June after it (or that day itself). */
    public static LocalDate lastDay(LocalDate date) {
        return firstDay(date).plusYears(1).minusDays(1);
    }

    /** Of two dates, the later. */
    public static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Of two dates, the earlier. */
    public static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
