package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Indonesian names of the register's codes as the office writes them (its report, its clerks' spreadsheets):
 * {@code SIMPAN_PINJAM} is "Simpan pinjam", {@code CIVIL_SERVANTS} "Pegawai negeri". A code without one here is
 * written as itself ({@code PRIMER}, {@code KUD}).
 */
public final class IndonesianNames {

    private static final Map<Jenis, String> JENIS = new EnumMap<>(Map.of(Jenis.SIMPAN_PINJAM, "Simpan pinjam",
            Jenis.KONSUMEN, "Konsumen", Jenis.PRODUSEN, "Produsen", Jenis.PEMASARAN, "Pemasaran", Jenis.JASA, "Jasa"));
    private static final Map<Kelompok, String> KELOMPOK = new EnumMap<>(Map.of(Kelompok.CIVIL_SERVANTS, "Pegawai negeri",
            Kelompok.COMPANY_EMPLOYEES, "Karyawan perusahaan", Kelompok.COMMUNITY, "Masyarakat",
            Kelompok.KUD, "Koperasi Unit Desa", Kelompok.OTHER, "Lainnya"));
    private static final Map<SavingsLoanScope, String> SAVINGS_LOAN_SCOPE = new EnumMap<>(Map.of(
            SavingsLoanScope.CLOSED_LOOP, "Tertutup", SavingsLoanScope.OPEN_LOOP, "Terbuka"));
    private static final Map<SizeClass, String> SIZE_CLASS = new EnumMap<>(Map.of(SizeClass.MICRO, "Usaha mikro",
            SizeClass.SMALL, "Usaha kecil", SizeClass.MEDIUM, "Usaha menengah", SizeClass.LARGE, "Usaha besar"));
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0_\\-]+");

    private IndonesianNames() {
    }

    /** Its Indonesian name, or the code itself when it has none. */
    public static String of(Enum<?> code) {
        String name = names(code.getDeclaringClass()).get(code);
        return name == null ? code.name() : name;
    }

    /**
     * The code a cell names: the code ({@code SIMPAN_PINJAM}) or its Indonesian name ({@code Simpan Pinjam}), case,
     * accents, spaces, hyphens and underscores aside ({@code simpan-pinjam}); empty for anything else.
     */
    public static <E extends Enum<E>> Optional<E> read(Class<E> type, String text) {
        String key = key(text);
        Map<?, String> names = names(type);
        for (E code : type.getEnumConstants()) {
            String name = names.get(code);
            if (key(code.name()).equals(key) || name != null && key(name).equals(key)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** One of the type's Indonesian names, for an example in a message; empty when it has none. */
    public static Optional<String> example(Class<? extends Enum<?>> type) {
        return names(type).values().stream().sorted().findFirst();
    }

    private static Map<?, String> names(Class<?> type) {
        if (type == Jenis.class) {
            return JENIS;
        }
        if (type == Kelompok.class) {
            return KELOMPOK;
        }
        if (type == SizeClass.class) {
            return SIZE_CLASS;
        }
        return type == SavingsLoanScope.class ? SAVINGS_LOAN_SCOPE : Map.of();
    }

    private static String key(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(folded).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
