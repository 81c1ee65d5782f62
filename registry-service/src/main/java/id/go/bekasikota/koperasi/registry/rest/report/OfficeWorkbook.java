package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView.Figures;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView.Group;
import id.go.bekasikota.koperasi.registry.rest.dto.WorklistView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Iterator;
import java.util.List;

/**
 * The office's report as an XLSX workbook in Bahasa Indonesia: real sheets with a header row,
 * frozen panes and typed cells (numbers, percentages, dates). Streamed (SXSSF, a window of rows in
 * memory), so the worklist of the whole register is written in seconds.
 */
final class OfficeWorkbook implements AutoCloseable {

    static final List<String> GRADES = List.of("A", "B", "C1", "C2", "D", "NEW");
    private static final List<String> FIGURE_HEADERS = List.of("Terdaftar", "Aktif", "Tidak aktif", "Baru", "Dibubarkan",
            "Calon pembubaran", "Dalam reaktivasi", "Rasio aktif", "Kesenjangan ke target", "Nilai A", "Nilai B", "Nilai C1",
            "Nilai C2", "Nilai D", "Nilai Baru");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle whole;
    private final CellStyle year;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle bold;

    OfficeWorkbook() {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        // A year is a number without grouping: "#,##0" shows 2025 as 2.025 in an Indonesian spreadsheet.
        year = workbook.createCellStyle();
        year.setDataFormat(workbook.createDataFormat().getFormat("0"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
    }

    /** Sheets Ringkasan, Per kecamatan, Per jenis, Per kelompok and Tren. */
    void dashboard(ActivationDashboardView view) {
        Sheet summary = sheet("Ringkasan", List.of("Keterangan", "Nilai"), 0, new int[]{34, 16});
        int r = 1;
        r = line(summary, r, "Per tanggal", view.asOf());
        r = line(summary, r, "Tahun buku wajib RAT terakhir (F)", Year.of(view.latestDueYear()));
        r = line(summary, r, "Target rasio aktif (RPJMD)", view.target());
        Figures t = view.total();
        r = line(summary, r, "Koperasi terdaftar (belum dibubarkan)", t.registered());
        r = line(summary, r, "Aktif", t.active());
        r = line(summary, r, "Tidak aktif (mati suri)", t.inactive());
        r = line(summary, r, "Baru (belum wajib RAT)", t.newCooperatives());
        r = line(summary, r, "Dibubarkan", t.dissolved());
        r = line(summary, r, "Calon pembubaran", t.dissolutionCandidates());
        r = line(summary, r, "Dalam reaktivasi", t.underReactivation());
        r = line(summary, r, "Rasio aktif", t.ratio());
        line(summary, r, "Kesenjangan ke target (koperasi)", t.gap());

        breakdown("Per kecamatan", "Kecamatan", view.byKecamatan(), t);
        breakdown("Per jenis", "Jenis", view.byJenis(), t);
        breakdown("Per kelompok", "Kelompok", view.byKelompok(), t);

        Sheet trend = sheet("Tren", List.of("Tahun", "Per tanggal", "Tahun buku wajib (F)", "Terdaftar", "Aktif", "Tidak aktif",
                "Rasio aktif", "Kesenjangan ke target"), 1, new int[]{8, 14, 12, 12, 12, 12, 12, 14});
        r = 1;
        for (ActivationDashboardView.TrendPoint point : view.trend()) {
            Row row = trend.createRow(r++);
            year(row, 0, point.year());
            date(row, 1, point.asOf());
            year(row, 2, point.latestDueYear());
            number(row, 3, point.figures().registered());
            number(row, 4, point.figures().active());
            number(row, 5, point.figures().inactive());
            percent(row, 6, point.figures().ratio());
            number(row, 7, point.figures().gap());
        }
    }

    /** Sheets Ringkasan (the scope's figures) and Daftar kerja (every step, ranked). */
    void worklist(WorklistView view, String scope, Iterator<WorklistView.WorklistItemView> items) {
        Sheet summary = sheet("Ringkasan", List.of("Keterangan", "Nilai"), 0, new int[]{40, 24});
        int r = 1;
        r = line(summary, r, "Per tanggal", view.asOf());
        r = line(summary, r, "Tahun buku wajib RAT terakhir (F)", Year.of(view.latestDueYear()));
        r = line(summary, r, "Lingkup", scope);
        r = line(summary, r, "Target rasio aktif (RPJMD)", view.target());
        r = line(summary, r, "Koperasi terdaftar (belum dibubarkan)", view.registered());
        r = line(summary, r, "Aktif", view.active());
        r = line(summary, r, "Tidak aktif: langkah dalam daftar kerja", view.inactive());
        r = line(summary, r, "Rasio aktif", view.ratio());
        line(summary, r, "Kesenjangan: langkah pertama yang mencapai target", view.gap());

        Sheet list = sheet("Daftar kerja", List.of("Peringkat", "Nomor koperasi", "Nama koperasi", "Kecamatan", "Jenis", "Kelompok",
                "Nilai RAT", "Laporan RAT terakhir (tahun buku)", "Dalam reaktivasi", "Kontak terakhir", "Laporan RAT yang diperlukan (tahun buku)",
                "Rapat anggota paling cepat", "Rapat anggota paling lambat", "Rasio aktif setelah langkah ini", "Kesenjangan tersisa"),
                3, new int[]{10, 16, 40, 16, 14, 20, 8, 14, 11, 13, 16, 13, 13, 13, 12});
        r = 1;
        while (items.hasNext()) {
            WorklistView.WorklistItemView item = items.next();
            Row row = list.createRow(r++);
            number(row, 0, item.rank());
            text(row, 1, item.cooperativeNumber());
            text(row, 2, item.name());
            text(row, 3, item.kecamatanName());
            text(row, 4, Bahasa.jenis(item.jenis()));
            text(row, 5, Bahasa.kelompok(item.kelompok()));
            text(row, 6, item.grade().equals("NEW") ? "Baru" : item.grade());
            if (item.latestReportYear() != null) {
                year(row, 7, item.latestReportYear());
            }
            text(row, 8, Bahasa.yesNo(item.underReactivation()));
            date(row, 9, item.lastContactOn());
            year(row, 10, item.step().financialYear());
            date(row, 11, item.step().meetingFrom());
            date(row, 12, item.step().meetingBy());
            percent(row, 13, item.ratioAfter());
            number(row, 14, item.gapAfter());
        }
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void breakdown(String name, String what, List<Group> groups, Figures total) {
        List<String> headers = new java.util.ArrayList<>(List.of("Kode", what));
        headers.addAll(FIGURE_HEADERS);
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 12);
        widths[1] = 22;
        widths[0] = 18;
        Sheet sheet = sheet(name, headers, 2, widths);
        int r = 1;
        for (Group group : groups) {
            Row row = sheet.createRow(r++);
            text(row, 0, group.key());
            text(row, 1, group.name());
            figures(row, group.figures());
        }
        // The city's row: its counts are the column sums, its ratio and gap the city's own (a gap is rounded
        // up per group, so the groups' gaps add up to more than the city's); the note below says so.
        Row sum = sheet.createRow(r);
        text(sum, 0, "");
        text(sum, 1, CITY_ROW);
        sum.getCell(1).setCellStyle(bold);
        figures(sum, total);
        text(sheet.createRow(r + 2), 1, CITY_NOTE);
    }

    /** The label of a breakdown's last row: the whole city, not a sum of every column. */
    static final String CITY_ROW = "Seluruh Kota Bekasi";

    static final String CITY_NOTE = "Jumlah koperasi pada baris Seluruh Kota Bekasi adalah jumlah kolomnya; rasio aktif dan "
            + "kesenjangan ke target dihitung untuk seluruh kota, bukan dijumlahkan per baris (kesenjangan tiap baris dibulatkan ke atas).";

    private void figures(Row row, Figures f) {
        number(row, 2, f.registered());
        number(row, 3, f.active());
        number(row, 4, f.inactive());
        number(row, 5, f.newCooperatives());
        number(row, 6, f.dissolved());
        number(row, 7, f.dissolutionCandidates());
        number(row, 8, f.underReactivation());
        percent(row, 9, f.ratio());
        number(row, 10, f.gap());
        for (int i = 0; i < GRADES.size(); i++) {
            number(row, 11 + i, f.grades().getOrDefault(GRADES.get(i), 0L));
        }
    }

    private Sheet sheet(String name, List<String> headers, int frozenColumns, int[] widths) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
        return sheet;
    }

    private int line(Sheet sheet, int r, String label, Object value) {
        Row row = sheet.createRow(r);
        text(row, 0, label);
        if (value instanceof LocalDate d) {
            date(row, 1, d);
        } else if (value instanceof Year y) {
            year(row, 1, y.getValue());
        } else if (value instanceof BigDecimal ratio) {
            percent(row, 1, ratio);
        } else if (value instanceof Number n) {
            number(row, 1, n.longValue());
        } else {
            text(row, 1, String.valueOf(value));
        }
        return r + 1;
    }

    private void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private void number(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(whole);
    }

    private void year(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(year);
    }

    private void percent(Row row, int column, BigDecimal ratio) {
        Cell cell = row.createCell(column);
        cell.setCellValue(ratio.doubleValue());
        cell.setCellStyle(percent);
    }

    private void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }
}
