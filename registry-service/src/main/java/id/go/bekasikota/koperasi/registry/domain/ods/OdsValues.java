package id.go.bekasikota.koperasi.registry.domain.ods;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.registry.domain.Kecamatan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values of an ODS row in the register's vocabulary. Each reader returns empty for a value
 * it cannot read; the row reports it.
 */
public final class OdsValues {

    private static final Pattern NUMBER = Pattern.compile("\\d{6,20}");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");
    private static final Pattern KECAMATAN_CODE = Pattern.compile("3275(0[1-9]|1[0-2])");
    /** Digits grouped by thousands as a spreadsheet shows a number: {@code 3.275.010.010.001} (id-ID) or {@code 3,275,010,010,001}. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d{1,3}(,\\d{3})+");
    /** The significant digits a spreadsheet keeps of a number (IEEE 754 double, as Excel shows it). */
    private static final int SPREADSHEET_DIGITS = 15;
    /** The spaces a spreadsheet or a web page leaves in a number: ASCII, no-break (U+00A0) and narrow no-break (U+202F). */
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F]");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Map<String, ActivityStatus> STATUSES = Map.ofEntries(
            Map.entry("aktif", ActivityStatus.ACTIVE), Map.entry("active", ActivityStatus.ACTIVE),
            Map.entry("tidakaktif", ActivityStatus.INACTIVE), Map.entry("nonaktif", ActivityStatus.INACTIVE),
            Map.entry("inactive", ActivityStatus.INACTIVE), Map.entry("pasif", ActivityStatus.INACTIVE),
            Map.entry("matisuri", ActivityStatus.INACTIVE),
            Map.entry("bubar", ActivityStatus.DISSOLVED), Map.entry("dibubarkan", ActivityStatus.DISSOLVED),
            Map.entry("dissolved", ActivityStatus.DISSOLVED));

    private OdsValues() {
    }

    /**
     * NIK Koperasi: 6 to 20 digits; spaces, the apostrophe a spreadsheet puts before long numbers and the separators
     * of a number grouped by thousands ({@code 3.275.010.010.001}) are dropped. A number in scientific notation
     * ({@code 3.27501E+12}) has lost its digits and is not read, nor a grouped one of more than 15 digits: grouping
     * shows a spreadsheet's number cell, which keeps 15 significant digits and turns the rest into zeros.
     */
    public static Optional<String> cooperativeNumber(String cell) {
        String digits = SPACES.matcher(cell.strip().replaceFirst("^'", "")).replaceAll("");
        if (GROUPED.matcher(digits).matches()) {
            digits = digits.replace(".", "").replace(",", "");
            if (digits.length() > SPREADSHEET_DIGITS) {
                return Optional.empty();
            }
        }
        return NUMBER.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** {@code 2020-03-16}, {@code 16/03/2020} or {@code 16-03-2020}. */
    public static Optional<LocalDate> date(String cell) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(cell.strip(), format));
            } catch (DateTimeParseException e) {
                // the next format may read it
            }
        }
        return Optional.empty();
    }

    /**
     * The Kemendagri code (327501-327512, also written as Kemendagri writes it, {@code 32.75.01}), or the kecamatan's
     * name with or without "Kecamatan"/"Kec.".
     */
    public static Optional<String> kecamatanCode(String cell) {
        String key = OdsText.key(cell).replaceFirst("^(kecamatan|kec)", "");
        if (KECAMATAN_CODE.matcher(key).matches()) {
            return Optional.of(key);
        }
        for (Kecamatan kecamatan : Kecamatan.values()) {
            if (OdsText.key(kecamatan.displayName()).equals(key)) {
                return Optional.of(kecamatan.code());
            }
        }
        return Optional.empty();
    }

    /** Aktif / Tidak Aktif (also Non Aktif, Pasif, Mati Suri) / Bubar (also Dibubarkan), or the register's names. */
    public static Optional<ActivityStatus> status(String cell) {
        return Optional.ofNullable(STATUSES.get(OdsText.key(cell)));
    }

    /** A, B, C1, C2, D, and NEW (also Baru). */
    public static Optional<RatGrade> grade(String cell) {
        String key = OdsText.key(cell);
        if (key.equals("baru")) {
            return Optional.of(RatGrade.NEW);
        }
        for (RatGrade grade : RatGrade.values()) {
            if (grade.name().toLowerCase(java.util.Locale.ROOT).equals(key)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    /** A four-digit year. */
    public static Optional<Integer> year(String cell) {
        String value = cell.strip();
        return YEAR.matcher(value).matches() ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }
}
