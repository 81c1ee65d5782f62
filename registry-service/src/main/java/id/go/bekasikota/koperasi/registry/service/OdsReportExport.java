package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.text.CsvCells;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReconciliation;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsReportItem;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reconciliation report as a download: CSV (UTF-8 with a byte-order mark, so that a
 * spreadsheet reads the accents) or an XLSX workbook (a summary sheet and the items). Items are
 * streamed from the database and written as they come; the workbook keeps a window of 200 rows
 * in memory and the rest in a temporary file.
 */
@ApplicationScoped
public class OdsReportExport {

    public enum Format { CSV, XLSX }

    public static final List<String> COLUMNS = List.of("item", "kind", "line", "cooperativeId", "cooperativeNumber", "name",
            "odsCooperativeNumber", "odsName", "matchedBy", "field", "registerValue", "odsValue", "similarity", "message",
            "confirmedBy", "confirmedAt");
    private static final int WINDOW = 200;

    private final OdsReconciliationService reconciliations;

    public OdsReportExport(OdsReconciliationService reconciliations) {
        this.reconciliations = reconciliations;
    }

    public void write(OdsReconciliation reconciliation, Format format, OutputStream out) {
        try {
            if (format == Format.CSV) {
                csv(reconciliation.id, out);
            } else {
                xlsx(reconciliation, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(UUID id, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        reconciliations.forEachItem(id, item -> {
            try {
                // The names and values come from the uploaded file and the register: text cells a spreadsheet would run
                // as a formula are quoted; numbers stay numbers.
                printer.printRecord(values(item).stream().map(value -> value instanceof String text ? CsvCells.safe(text) : value).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private void xlsx(OdsReconciliation r, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = workbook.createSheet("Summary");
            List<Map.Entry<String, Object>> facts = List.of(
                    Map.entry("reconciliation", r.id.toString()), Map.entry("asOf", r.asOf.toString()),
                    Map.entry("fileName", r.fileName == null ? "" : r.fileName), Map.entry("uploadedBy", r.uploadedBy),
                    Map.entry("startedAt", r.startedAt.toString()), Map.entry("comparedFields", r.comparedFields),
                    Map.entry("totalRows", r.totalRows), Map.entry("badRows", r.badRows),
                    Map.entry("matchedByNumber", r.matchedByNumber), Map.entry("matchedByLegalEntityNumber", r.matchedByLegalEntity),
                    Map.entry("proposedMatches", r.proposedMatches), Map.entry("onlyInOds", r.onlyInOds),
                    Map.entry("onlyInRegister", r.onlyInRegister), Map.entry("matchedWithDifferences", r.matchedWithDifferences),
                    Map.entry("differences", r.differences));
            for (int i = 0; i < facts.size(); i++) {
                Row row = summary.createRow(i);
                row.createCell(0).setCellValue(facts.get(i).getKey());
                row.getCell(0).setCellStyle(bold);
                Object value = facts.get(i).getValue();
                if (value instanceof Integer number) {
                    row.createCell(1).setCellValue(number);
                } else {
                    row.createCell(1).setCellValue(value.toString());
                }
            }

            Sheet items = workbook.createSheet("Items");
            Row header = items.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            items.createFreezePane(0, 1);
            int[] next = {1};
            reconciliations.forEachItem(r.id, item -> {
                Row row = items.createRow(next[0]++);
                List<Object> values = values(item);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            });
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }

    /** The values in the order of {@link #COLUMNS}; null for an empty cell. */
    static List<Object> values(OdsReportItem item) {
        return new ArrayList<>(Arrays.asList(item.item(), item.kind().name(), item.line(), text(item.cooperativeId()),
                item.cooperativeNumber(), item.name(), item.odsCooperativeNumber(), item.odsName(),
                item.matchedBy() == null ? null : item.matchedBy().name(), item.field() == null ? null : item.field().name(),
                item.registerValue(), item.odsValue(), item.similarity(), item.message(), item.confirmedBy(),
                text(item.confirmedAt())));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
