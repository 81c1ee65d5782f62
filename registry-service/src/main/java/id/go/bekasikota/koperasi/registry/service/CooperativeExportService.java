package id.go.bekasikota.koperasi.registry.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.platform.text.CsvCells;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeCsv;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.repository.StandingSql;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public register as open data (CSV or JSON), streamed row by row from a database cursor:
 * memory stays flat however large the register. No contact or personal data. In the CSV, a text
 * cell starting with {@code = + - @}, a tab or a carriage return is written with a leading single
 * quote ({@link CsvCells}: a spreadsheet shows it as text instead of running it); the JSON is as stored.
 */
@ApplicationScoped
public class CooperativeExportService {

    public enum Format { CSV, JSON }

    private static final int FETCH_SIZE = 500;

    private final AgroalDataSource dataSource;
    private final ObjectMapper objectMapper;
    private final Today today;

    public CooperativeExportService(AgroalDataSource dataSource, ObjectMapper objectMapper, Today today) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
        this.today = today;
    }

    /** The office date the export's statuses and grades are as of (today), for its file name. */
    public LocalDate asOf() {
        return today.date();
    }

    /** Writes the whole register, status and grade as of today, ordered by cooperative number then id. */
    public void write(Format format, OutputStream out) {
        String sql = StandingSql.with(today.date()) + """
                select c.id, c.cooperative_number, c.name, c.legal_entity_number, c.legal_entity_date, c.jenis, c.bentuk,
                       c.kelompok, c.kbli_code, c.kbli_edition, c.savings_loan_scope, c.address, c.kecamatan_code,
                       c.kelurahan, c.founded_on, c.dissolved_on, s.status, s.grade, c.latest_report_year,
                       c.latest_members, c.latest_assets,
                       (select count(*) from cooperative_branch b where b.cooperative_id = c.id) as branches
                from cooperative c join standing s on s.id = c.id
                order by c.cooperative_number nulls last, c.id""";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    if (format == Format.CSV) {
                        csv(rows, out);
                    } else {
                        json(rows, out);
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(ResultSet rows, OutputStream out) throws SQLException, IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte-order mark first, as the ODS report has: without it Excel on Windows reads the file as Windows-1252
        // ("Café" shows as "CafÃ©"), and a clerk who saves it again imports the garbled names. The import takes it off.
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(CooperativeCsv.EXPORT_COLUMNS.toArray(String[]::new)).get());
        while (rows.next()) {
            // Text cells that a spreadsheet would run as a formula are quoted; numbers stay numbers.
            printer.printRecord(values(rows).stream().map(value -> value instanceof String text ? CsvCells.safe(text) : value).toList());
        }
        printer.flush();
    }

    private void json(ResultSet rows, OutputStream out) throws SQLException, IOException {
        JsonGenerator json = objectMapper.getFactory().createGenerator(out);
        json.writeStartArray();
        while (rows.next()) {
            List<Object> values = values(rows);
            json.writeStartObject();
            for (int i = 0; i < CooperativeCsv.EXPORT_COLUMNS.size(); i++) {
                Object value = values.get(i);
                if (value != null) {
                    json.writeFieldName(CooperativeCsv.EXPORT_COLUMNS.get(i));
                    if (value instanceof Number number) {
                        json.writeNumber(number.longValue());
                    } else {
                        json.writeString(value.toString());
                    }
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.flush();
    }

    /** The values in the order of {@link CooperativeCsv#EXPORT_COLUMNS}. */
    private static List<Object> values(ResultSet r) throws SQLException {
        List<Object> values = new ArrayList<>(23);
        values.add(r.getString(1));
        for (int column = 2; column <= 13; column++) {
            values.add(r.getString(column));
        }
        values.add(CooperativeMapper.kecamatanName(r.getString(13)));
        for (int column = 14; column <= 18; column++) {
            values.add(r.getString(column));
        }
        values.add(number(r, 19));
        values.add(number(r, 20));
        values.add(number(r, 21));
        values.add(number(r, 22));
        return values;
    }

    private static Long number(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}
