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
}
