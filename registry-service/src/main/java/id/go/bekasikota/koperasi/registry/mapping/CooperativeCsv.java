package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.text.CsvCells;
import id.go.bekasikota.koperasi.platform.time.CalendarDates;
import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.registry.domain.IndonesianNames;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SavingsLoanScope;
import id.go.bekasikota.koperasi.registry.domain.SpreadsheetCsv;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV layout of the bulk import: a header row naming the columns (the API field names, in
 * any order), then one cooperative per row. Board, supervisors and branches are not imported;
 * an update keeps them. A column left out of the header keeps the existing value on update.
 * The file is read as spreadsheets write it ({@link SpreadsheetCsv}): separated by {@code ,},
 * {@code ;} or tab, empty rows skipped, and the open-data export's own file taken back as it is.
 */
public final class CooperativeCsv {

    /** A date day first, {@code 14/08/2008} or {@code 14/8/2008}, a year of four digits, strict (no 31/04/2024): how a spreadsheet in the id-ID locale writes one. */
    private static final DateTimeFormatter DAY_FIRST = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral('/')
            .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral('/')
            .appendValue(ChronoField.YEAR, 4)
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The import's date columns. */
    private static final List<String> DATE_COLUMNS = List.of("legalEntityDate", "foundedOn");
    /** A date with slashes, its numbers as they come: day or month first is decided by {@link #requireDaysFirst}. */
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

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

    /**
     * The export's columns that an import does not write (the id, what the register works out, the
     * dissolution): accepted in a header and ignored, so that an exported file imports as it is.
     */
    public static final List<String> READ_ONLY_COLUMNS = EXPORT_COLUMNS.stream().filter(c -> !IMPORT_COLUMNS.contains(c)).toList();

    /** At most this many rows in one file. */
    public static final int MAX_ROWS = 50_000;

    private CooperativeCsv() {
    }

    /**
     * One data row of a file: the spreadsheet row it is (the file's records counted from 1, empty
     * ones too, so a quoted cell spanning lines is one row, as a spreadsheet shows it), its cells by
     * import column, and how many cells it had beside how many columns the header names. A row with
     * more cells than columns lost the extra ones (an unquoted comma in an address), one with fewer
     * has the last columns empty: the import refuses both rather than write a cut-off value or clear one.
     */
    /**
     * @param failedFormulas the columns whose cell, as the file has it, is a failed formula's error value ({@code #REF!});
     *                       the export writes such a stored text guarded ({@code '#REF!}), which is not one
     */
    public record Line(int row, Map<String, String> cells, int cellCount, int columnCount, List<String> failedFormulas) {

        public boolean complete() {
            return cellCount == columnCount;
        }
    }

    /**
     * The data rows of a file, in file order; rows of empty cells are no data rows and are left
     * out (still counted in the row numbers). A file that cannot be read as a whole (no header,
     * unknown, nameless, repeated or missing columns, broken quoting, too many rows) is refused whole.
     */
    public static List<Line> parse(String csv) {
        String text = csv == null ? "" : csv;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = SpreadsheetCsv.separator(text.lines().filter(line -> !line.isBlank()).findFirst().orElse(""));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = null;
            while (header == null && records.hasNext()) {
                List<String> cells = records.next().toList();
                if (!SpreadsheetCsv.blank(cells)) {
                    header = cells;
                }
            }
            Map<String, Integer> positions = positions(header);
            List<Line> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> values = record.toList();
                if (SpreadsheetCsv.blank(values)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("registry.import.too-many-rows", MAX_ROWS));
                }
                Map<String, String> cells = new HashMap<>();
                List<String> failedFormulas = new ArrayList<>();
                positions.forEach((column, i) -> {
                    String raw = i < values.size() ? values.get(i) : null;
                    if (CsvCells.formulaError(raw)) {
                        failedFormulas.add(column);
                    }
                    cells.put(column, raw == null ? null : SpreadsheetCsv.withoutFormulaGuard(raw));
                });
                failedFormulas.sort(Comparator.naturalOrder());
                rows.add(new Line(Math.toIntExact(record.getRecordNumber()), cells, values.size(), header.size(), List.copyOf(failedFormulas)));
            }
            requireDaysFirst(rows);
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("registry.import.unreadable", e.getMessage()));
        }
    }

    /**
     * A file whose dates are written month first is refused whole (400 naming the column): a spreadsheet in the US
     * locale saves dates so, and its 03/04/2005 (4 March) would be read day first (3 April) without a word. Only a
     * date whose second number is past 12 shows it (08/14/2008); a file whose every day is 12 or less cannot be told
     * from an Indonesian one, and is read day first.
     */
    private static void requireDaysFirst(List<Line> rows) {
        for (Line line : rows) {
            for (String column : DATE_COLUMNS) {
                String cell = line.cells().get(column);
                Matcher date = cell == null ? null : SLASH_DATE.matcher(cell.strip());
                if (date != null && date.matches() && Integer.parseInt(date.group(1)) <= 12 && Integer.parseInt(date.group(2)) > 12) {
                    throw ProblemException.invalid(column, Text.of("registry.import.month-first", cell.strip(), line.row()));
                }
            }
        }
    }

    /**
     * Where each import column of the header is. Refused (400, field {@code header}, every fault
     * listed): no header; a column without a name (a spreadsheet's empty columns at the right, which
     * the rows then fill with empty cells), an unknown one, one named twice, a required one missing.
     */
    private static Map<String, Integer> positions(List<String> header) {
        if (header == null) {
            throw ProblemException.invalid("header", Text.of("registry.import.header-missing", String.join(",", IMPORT_COLUMNS)));
        }
        List<InvalidField> errors = new ArrayList<>();
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int column = i + 1;
            String name = CooperativeMapper.text(header.get(i));
            if (name == null) {
                errors.add(InvalidField.of("header", "registry.import.column-unnamed", column, SpreadsheetCsv.columnLetters(column)));
            } else if (!IMPORT_COLUMNS.contains(name) && !READ_ONLY_COLUMNS.contains(name)) {
                errors.add(InvalidField.of("header", "registry.import.column-unknown", name, String.join(", ", IMPORT_COLUMNS),
                        String.join(", ", READ_ONLY_COLUMNS)));
            } else if (named.containsKey(name)) {
                int first = named.get(name) + 1;
                errors.add(InvalidField.of("header", "registry.import.column-twice", name, first, SpreadsheetCsv.columnLetters(first),
                        column, SpreadsheetCsv.columnLetters(column)));
            } else {
                named.put(name, i);
            }
        }
        for (String required : IMPORT_COLUMNS) {
            if (REQUIRED_COLUMNS.contains(required) && !named.containsKey(required)) {
                errors.add(InvalidField.of("header", "registry.import.column-required", required));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        named.keySet().retainAll(IMPORT_COLUMNS);
        return named;
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
        CooperativeRequest read = new CooperativeRequest(
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
        return read;
    }

    /** Why a cell holding a failed formula's error ({@link Line#failedFormulas()}) is refused: its row names the column. */
    public static String failedFormula(String cell) {
        return "holds " + cell.strip() + ", the error of a formula that failed in the spreadsheet: correct the formula or type "
                + "the value, and save the file again";
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

    /**
     * {@code YYYY-MM-DD}, as the export writes it, or {@code DD/MM/YYYY}, day first: a spreadsheet in the Indonesian
     * locale (id-ID) reads the export's dates as dates and saves them back that way.
     */
    private static LocalDate date(String text) {
        try {
            return CalendarDates.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, DAY_FIRST);
            } catch (DateTimeParseException notDayFirst) {
                throw new CellException(null, "must be a date (YYYY-MM-DD, or DD/MM/YYYY as a spreadsheet in the Indonesian locale saves it)");
            }
        }
    }

    /** The code or its Indonesian name ({@link IndonesianNames}). */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        return IndonesianNames.read(type, text).orElseThrow(() -> new CellException(null, "must be one of "
                + Arrays.toString(type.getEnumConstants())
                + IndonesianNames.example(type).map(name -> " (or its Indonesian name, such as \"" + name + "\")").orElse("")));
    }
}
