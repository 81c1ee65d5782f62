package id.go.bekasikota.koperasi.platform.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date named in a {@link Text}: written out in Indonesian ({@code 7 Desember 2026}), and as the ISO date in English
 * ({@code 2026-12-07}), as the suite's English messages have always written it. Null (no date) is written "-".
 */
public record Day(LocalDate date) {

    private static final DateTimeFormatter INDONESIAN = DateTimeFormatter.ofPattern("d MMMM uuuu", Languages.INDONESIAN);

    public static Day of(LocalDate date) {
        return new Day(date);
    }

    public String in(Locale language) {
        if (date == null) {
            return "-";
        }
        return Languages.INDONESIAN.getLanguage().equals(language.getLanguage()) ? INDONESIAN.format(date) : date.toString();
    }
}
