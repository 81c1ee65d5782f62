package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SavingsLoanScope;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The CSV layout of the bulk import: a header row naming the columns (the API field names, in
 * any order), then one cooperative per row. Board, supervisors and branches are not imported;
 * an update keeps them. A column left out of the header keeps the existing value on update.
 */
public final class CooperativeCsv {

    /** The columns an import may have. */
    public static final List<String> IMPORT_COLUMNS = List.of("cooperativeNumber", "name", "legalEntityNumber",
            "legalEntityDate", "jenis", "bentuk", "kelompok", "kbliCode", "kbliEdition", "savingsLoanScope", "address",
            "kecamatanCode", "kelurahan", "foundedOn", "phone", "email");

    /** The columns every import must have. */
    public static final Set<String> REQUIRED_COLUMNS = Set.of("cooperativeNumber", "name", "jenis", "bentuk", "kelompok",
            "kecamatanCode", "foundedOn");

    /** The columns of the open-data export (public register: no contact or personal data). */
    public static final List<String> EXPORT_COLUMNS = List.of("id", "cooperativeNumber", "name", "legalEntityNumber",
            "legalEntityDate", "jenis", "bentuk", "kelompok", "kbliCode", "kbliEdition", "savingsLoanScope", "address",
            "kecamatanCode", "kecamatanName", "kelurahan", "foundedOn", "dissolvedOn", "status", "grade",
            "latestReportYear", "members", "assets", "branches");

    private CooperativeCsv() {
    }

    /** A cell that cannot be read as its column's type. */
    public static final class CellException extends RuntimeException {
        private final String column;

        CellException(String column, String message) {
            super(message);
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * Reads a row over a base (the existing cooperative's data, or nothing): columns present in
     * the header replace the base's values; an empty cell is "no value".
     *
     * @param cells column name to cell text, for the columns of the header
     * @param errors receives unreadable cells as column -> message
     */
    public static CooperativeRequest read(Map<String, String> cells, CooperativeRequest base, Map<String, String> errors) {
        return new CooperativeRequest(
                text(cells, "cooperativeNumber", base == null ? null : base.cooperativeNumber()),
                text(cells, "name", base == null ? null : base.name()),
                text(cells, "legalEntityNumber", base == null ? null : base.legalEntityNumber()),
                value(cells, "legalEntityDate", base == null ? null : base.legalEntityDate(), CooperativeCsv::date, errors),
                value(cells, "jenis", base == null ? null : base.jenis(), v -> enumValue(Jenis.class, v), errors),
                value(cells, "bentuk", base == null ? null : base.bentuk(), v -> enumValue(Bentuk.class, v), errors),
                value(cells, "kelompok", base == null ? null : base.kelompok(), v -> enumValue(Kelompok.class, v), errors),
                text(cells, "kbliCode", base == null ? null : base.kbliCode()),
                text(cells, "kbliEdition", base == null ? null : base.kbliEdition()),
                value(cells, "savingsLoanScope", base == null ? null : base.savingsLoanScope(), v -> enumValue(SavingsLoanScope.class, v), errors),
                text(cells, "address", base == null ? null : base.address()),
                text(cells, "kecamatanCode", base == null ? null : base.kecamatanCode()),
                text(cells, "kelurahan", base == null ? null : base.kelurahan()),
                value(cells, "foundedOn", base == null ? null : base.foundedOn(), CooperativeCsv::date, errors),
                text(cells, "phone", base == null ? null : base.phone()),
                text(cells, "email", base == null ? null : base.email()),
                base == null ? List.of() : base.board(),
                base == null ? List.of() : base.supervisors(),
                base == null ? List.of() : base.branches());
    }

    private static String text(Map<String, String> cells, String column, String base) {
        if (!cells.containsKey(column)) {
            return base;
        }
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T value(Map<String, String> cells, String column, T base, Function<String, T> parse, Map<String, String> errors) {
        String text = text(cells, column, null);
        if (!cells.containsKey(column)) {
            return base;
        }
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (CellException e) {
            errors.put(column, e.getMessage());
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CellException(null, "must be a date (YYYY-MM-DD)");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CellException(null, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
