package id.go.bekasikota.koperasi.platform.i18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of whole rupiah named in a {@link Text}: written the Indonesian way in Indonesian ({@code Rp 150.000.000},
 * {@code -Rp 2.500.000}), and as the plain number in English, as the suite's English messages have always written it.
 */
public record Rupiah(long amount) {

    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    public String in(Locale language) {
        if (!Languages.INDONESIAN.getLanguage().equals(language.getLanguage())) {
            return String.valueOf(amount);
        }
        String digits = NumberFormat.getIntegerInstance(Languages.INDONESIAN).format(Math.abs(amount));
        return (amount < 0 ? "-Rp " : "Rp ") + digits;
    }
}
