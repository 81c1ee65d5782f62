package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.time.CalendarDates;
import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SavingsLoanScope;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** At most this many rows in one file. */
    public static final int MAX_ROWS = 50_000;

    private CooperativeCsv() {
    }

    /**
     * One data row of a file: its cells by column, and how many cells it had beside how many columns
     * the header names. A row with more cells than columns lost the extra ones (an unquoted comma in an
     * address), one with fewer has the last columns empty: the import refuses both rather than write
     * a cut-off value or clear one.
     */
    public record Line(Map<String, String> cells, int cellCount, int columnCount) {

        public boolean complete() {
            return cellCount == columnCount;
        }
    }

    /**
     * The data rows of a file, in file order. A file that cannot be read as a whole (no header,
     * unknown or missing columns, broken quoting, too many rows) is refused whole.
     */
    public static List<Line> parse(String csv) {
        String text = csv == null ? "" : csv;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            List<Line> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("registry.import.too-many-rows", MAX_ROWS));
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i).strip(), i < record.size() ? record.get(i) : null);
                }
                rows.add(new Line(cells, record.size(), header.size()));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("registry.import.unreadable", e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("header", Text.verbatim(e.getMessage()));
        }
    }

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw ProblemException.invalid("header", Text.of("registry.import.header-missing", String.join(",", IMPORT_COLUMNS)));
        }
        List<InvalidField> errors = new ArrayList<>();
        for (String column : header) {
            if (!IMPORT_COLUMNS.contains(column.strip())) {
                errors.add(InvalidField.of("header", "registry.import.column-unknown", column, String.join(", ", IMPORT_COLUMNS)));
            }
        }
        for (String required : IMPORT_COLUMNS) {
            if (REQUIRED_COLUMNS.contains(required) && header.stream().noneMatch(h -> h.strip().equals(required))) {
                errors.add(InvalidField.of("header", "registry.import.column-required", required));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
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

    /** A text cell, normalised as the API's text is (NFC, trimmed); empty is no value. */
    private static String text(Map<String, String> cells, String column, String base) {
        if (!cells.containsKey(column)) {
            return base;
        }
        return CooperativeMapper.text(cells.get(column));
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
            return CalendarDates.parse(text);
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
