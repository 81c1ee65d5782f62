package id.go.bekasikota.koperasi.registry.rest.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The office's report speaks Bahasa Indonesia: labels of the register's codes, numbers and dates as written in Indonesia. */
final class Bahasa {

    static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);
    private static final Map<String, String> JENIS = Map.of("SIMPAN_PINJAM", "Simpan pinjam", "KONSUMEN", "Konsumen",
            "PRODUSEN", "Produsen", "PEMASARAN", "Pemasaran", "JASA", "Jasa");
    private static final Map<String, String> KELOMPOK = Map.of("CIVIL_SERVANTS", "Pegawai negeri", "COMPANY_EMPLOYEES",
            "Karyawan perusahaan", "COMMUNITY", "Masyarakat", "KUD", "Koperasi Unit Desa", "OTHER", "Lainnya");

    private Bahasa() {
    }

    static String jenis(String code) {
        return code == null ? "" : JENIS.getOrDefault(code, code);
    }

    static String kelompok(String code) {
        return code == null ? "" : KELOMPOK.getOrDefault(code, code);
    }

    /** "30 November 2026". */
    static String date(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
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
