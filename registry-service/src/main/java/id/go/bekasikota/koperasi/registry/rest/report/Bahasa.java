package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.registry.domain.IndonesianNames;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** The office's report speaks Bahasa Indonesia: labels of the register's codes, numbers and dates as written in Indonesia. */
final class Bahasa {

    static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private Bahasa() {
    }

    static String jenis(String code) {
        return code == null ? "" : IndonesianNames.read(Jenis.class, code).map(IndonesianNames::of).orElse(code);
    }

    static String kelompok(String code) {
        return code == null ? "" : IndonesianNames.read(Kelompok.class, code).map(IndonesianNames::of).orElse(code);
    }

    /** "30 November 2026", as every Indonesian text of the suite writes a date (platform {@link Day}). */
    static String date(LocalDate date) {
        return date == null ? "" : Day.of(date).in(Languages.INDONESIAN);
    }

    /** "1.000". */
    static String number(long value) {
        return NumberFormat.getIntegerInstance(INDONESIA).format(value);
    }

    /** A ratio as a percentage with two decimals: 0.617 -> "61,70%". */
    static String percent(BigDecimal ratio) {
        return String.format(INDONESIA, "%.2f%%", ratio.movePointRight(2));
    }

    static String yesNo(boolean value) {
        return value ? "Ya" : "Tidak";
    }
}
