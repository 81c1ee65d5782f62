package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.registry.domain.SpreadsheetCsv;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsHeader;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * An ODS export read as a stream, one row at a time: UTF-8 with or without a byte-order mark (a
 * file in another encoding is refused naming the line, {@link Utf8Text}, rather than reconciled
 * with U+FFFD in its names), separated by {@code ,} {@code ;} or tab (found from the header line,
 * {@link SpreadsheetCsv#separator}), quoted by {@code "} (RFC 4180; a quoted cell may span lines).
 * Rows carry the line they start on; empty lines are skipped but counted. Nothing is kept: memory
 * stays flat however long the file.
 */
public final class OdsFile implements AutoCloseable {

    /** The longest header line looked at to find the separator. */
    private static final int HEADER_LIMIT = 1 << 20;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char separator;
    private final OdsHeader header;
    private final int maxRows;

    private OdsFile(CSVParser parser, char separator, OdsHeader header, int maxRows) {
        this.parser = parser;
        this.records = parser.iterator();
        this.separator = separator;
        this.header = header;
        this.maxRows = maxRows;
    }

    /**
     * Opens a file and reads its header. A file without a readable header, or whose header lacks
     * the NIK Koperasi or the name or names a column twice, is refused (400 naming the header), as
     * is one that is not UTF-8 (400 naming the line).
     */
    public static OdsFile open(InputStream body, int maxRows) {
        try {
            BufferedReader reader = new BufferedReader(Utf8Text.reader(body), 1 << 16);
            reader.mark(HEADER_LIMIT);
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw ProblemException.invalid("header", Text.of("registry.ods.empty"));
            }
            reader.reset();
            char separator = SpreadsheetCsv.separator(firstLine);
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                    .setTrailingData(true).get();
            CSVParser parser = CSVParser.parse(reader, format);
            Iterator<CSVRecord> records = parser.iterator();
            OdsHeader header = OdsHeader.of(records.next().toList());
            if (!header.valid()) {
                parser.close();
                throw ProblemException.invalidFields(header.errors().stream().map(e -> new InvalidField("header", Text.verbatim(e))).toList());
            }
            return new OdsFile(parser, separator, header, maxRows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw Utf8Text.problem(e).orElseGet(() ->
                    new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("registry.ods.unreadable", e.getMessage())));
        }
    }

    public char separator() {
        return separator;
    }

    public OdsHeader header() {
        return header;
    }

    /**
     * Hands each data row to {@code each}, in file order; returns how many there were. A file
     * whose quoting breaks off, or that is not UTF-8 further on, is refused (400 naming the line);
     * more than {@code maxRows} is 413.
     */
    public int rows(Consumer<OdsRow> each) {
        int count = 0;
        long linesRead = parser.getCurrentLineNumber();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return count;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                long readable = linesRead;
                throw Utf8Text.problem(e).orElseGet(() -> new ProblemException(ProblemType.MALFORMED_REQUEST,
                        Text.of("registry.ods.unreadable-after", readable, e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
            }
            int line = (int) linesRead + 1;
            linesRead = parser.getCurrentLineNumber();
            List<String> cells = record.toList();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (++count > maxRows) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("registry.ods.too-many-rows", maxRows));
            }
            each.accept(OdsRow.read(line, cells, header));
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
