package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView.Figures;
import id.go.bekasikota.koperasi.registry.rest.dto.WorklistView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The one-page PDF summaries of the office's report, in Bahasa Indonesia: the dashboard (figures,
 * the trend chart, the breakdown by kecamatan) and the worklist (figures and its first steps).
 * Laid out with PDFBox on A4; the chart is drawn by {@link TrendChart}.
 */
final class OfficeSummaryPdf {

    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    /** Rows of the worklist that fit on the page under its figures. */
    static final int WORKLIST_ROWS = 30;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private record Column(String title, float width, boolean right) {
    }

    void dashboard(ActivationDashboardView view, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            info(document, "Laporan Aktivasi Koperasi Kota Bekasi per " + Bahasa.date(view.asOf()));
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float y = heading(s, "Laporan Aktivasi Koperasi Kota Bekasi",
                        "Dinas Perdagangan dan Koperasi Kota Bekasi - per " + Bahasa.date(view.asOf())
                                + " (tahun buku wajib RAT terakhir: " + view.latestDueYear() + ")");
                Figures t = view.total();
                y = keyFigures(s, y, List.of(
                        new String[]{"Terdaftar", Bahasa.number(t.registered())},
                        new String[]{"Aktif", Bahasa.number(t.active())},
                        new String[]{"Tidak aktif", Bahasa.number(t.inactive())},
                        new String[]{"Rasio aktif", Bahasa.percent(t.ratio())},
                        new String[]{"Target RPJMD", Bahasa.percent(view.target())},
                        new String[]{"Kesenjangan", Bahasa.number(t.gap()) + " koperasi"}));
                y = text(s, MARGIN, y - 6, bold, 11, "Tren rasio aktif (per 31 Desember tiap tahun, lalu per tanggal laporan)");
                float chartHeight = 210;
                var chart = LosslessFactory.createFromImage(document, TrendChart.draw(view, (int) WIDTH, (int) chartHeight, 2));
                s.drawImage(chart, MARGIN, y - chartHeight - 4, WIDTH, chartHeight);
                y = y - chartHeight - 22;
                y = text(s, MARGIN, y, bold, 11, "Per kecamatan");
                List<Column> columns = List.of(new Column("Kecamatan", 140, false), new Column("Terdaftar", 70, true),
                        new Column("Aktif", 60, true), new Column("Tidak aktif", 70, true), new Column("Rasio aktif", 80, true),
                        new Column("Kesenjangan", 79, true));
                y = tableHeader(s, y - 4, columns);
                for (ActivationDashboardView.Group group : view.byKecamatan()) {
                    Figures f = group.figures();
                    y = tableRow(s, y, columns, regular, group.name(), Bahasa.number(f.registered()), Bahasa.number(f.active()),
                            Bahasa.number(f.inactive()), Bahasa.percent(f.ratio()), Bahasa.number(f.gap()));
                }
                y = tableRow(s, y, columns, bold, "Kota Bekasi", Bahasa.number(t.registered()), Bahasa.number(t.active()),
                        Bahasa.number(t.inactive()), Bahasa.percent(t.ratio()), Bahasa.number(t.gap()));
                footer(s, "Rasio aktif = koperasi aktif / koperasi terdaftar yang belum dibubarkan. Aktif: laporan RAT untuk tahun buku "
                        + view.latestDueYear() + " atau " + (view.latestDueYear() - 1) + ", atau koperasi baru. Kesenjangan = koperasi yang"
                        + " masih harus aktif untuk mencapai target.");
            }
            document.save(out);
        }
    }

    void worklist(WorklistView view, String scope, List<WorklistView.WorklistItemView> first, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            info(document, "Daftar Kerja Menuju Target Aktivasi per " + Bahasa.date(view.asOf()));
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float y = heading(s, "Daftar Kerja Menuju Target " + Bahasa.percent(view.target()),
                        scope + " - per " + Bahasa.date(view.asOf()) + " (tahun buku wajib RAT terakhir: " + view.latestDueYear() + ")");
                y = keyFigures(s, y, List.of(
                        new String[]{"Terdaftar", Bahasa.number(view.registered())},
                        new String[]{"Aktif", Bahasa.number(view.active())},
                        new String[]{"Tidak aktif", Bahasa.number(view.inactive())},
                        new String[]{"Rasio aktif", Bahasa.percent(view.ratio())},
                        new String[]{"Kesenjangan", Bahasa.number(view.gap()) + " koperasi"}));
                // An empty scope (a filter no cooperative matches, a date before any founding) has no ratio to reach.
                String closing = view.registered() == 0 ? "Tidak ada koperasi terdaftar dalam lingkup ini."
                        : view.gap() == 0 ? "Target sudah tercapai."
                        : Bahasa.number(view.gap()) + " langkah pertama menutup kesenjangan: satu laporan RAT per koperasi.";
                y = text(s, MARGIN, y - 4, bold, 11, closing);
                List<Column> columns = List.of(new Column("No.", 26, true), new Column("Koperasi", 158, false),
                        new Column("Kecamatan", 80, false), new Column("RAT terakhir", 60, true), new Column("Perlu RAT", 52, true),
                        new Column("Reaktivasi", 52, false), new Column("Rasio sesudah", 71, true));
                y = tableHeader(s, y - 6, columns);
                for (WorklistView.WorklistItemView item : first) {
                    y = tableRow(s, y, columns, item.gapAfter() == 0 && item.rank() == view.gap() ? bold : regular,
                            String.valueOf(item.rank()), item.name(), item.kecamatanName(),
                            item.latestReportYear() == null ? "-" : String.valueOf(item.latestReportYear()),
                            String.valueOf(item.step().financialYear()), Bahasa.yesNo(item.underReactivation()),
                            Bahasa.percent(item.ratioAfter()));
                }
                footer(s, "Urutan: kasus reaktivasi terbuka dahulu, lalu kontak terakhir, lalu laporan RAT terakhir, lalu nomor koperasi. "
                        + (view.inactive() > first.size() ? "Daftar lengkap (" + Bahasa.number(view.inactive())
                        + " koperasi) tersedia dalam format XLSX." : ""));
            }
            document.save(out);
        }
    }

    private static void info(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Dinas Perdagangan dan Koperasi Kota Bekasi");
        info.setCreator("Koperasi registry-service");
    }

    private float heading(PDPageContentStream s, String title, String subtitle) throws IOException {
        float y = PDRectangle.A4.getHeight() - MARGIN;
        y = text(s, MARGIN, y, bold, 16, title);
        y = text(s, MARGIN, y - 2, regular, 9.5f, subtitle);
        rule(s, y + 1);
        return y - 10;
    }

    /** Labels above values, side by side. */
    private float keyFigures(PDPageContentStream s, float y, List<String[]> figures) throws IOException {
        float cell = WIDTH / figures.size();
        for (int i = 0; i < figures.size(); i++) {
            text(s, MARGIN + i * cell, y, regular, 8.5f, figures.get(i)[0]);
            text(s, MARGIN + i * cell, y - 12, bold, 12.5f, figures.get(i)[1]);
        }
        return y - 36;
    }

    private float tableHeader(PDPageContentStream s, float y, List<Column> columns) throws IOException {
        s.setNonStrokingColor(SHADE);
        s.addRect(MARGIN, y - 12, WIDTH, 14);
        s.fill();
        s.setNonStrokingColor(Color.BLACK);
        String[] titles = columns.stream().map(Column::title).toArray(String[]::new);
        return tableRow(s, y, columns, bold, titles);
    }

    private float tableRow(PDPageContentStream s, float y, List<Column> columns, PDType1Font font, String... cells) throws IOException {
        float x = MARGIN;
        float size = 8.5f;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String value = fit(font, size, cells[i], column.width() - 6);
            float width = font.getStringWidth(value) / 1000 * size;
            float at = column.right() ? x + column.width() - 3 - width : x + 3;
            text(s, at, y, font, size, value);
            x += column.width();
        }
        s.setStrokingColor(RULE);
        s.setLineWidth(0.4f);
        s.moveTo(MARGIN, y - size - 3.5f);
        s.lineTo(MARGIN + WIDTH, y - size - 3.5f);
        s.stroke();
        return y - 14;
    }

    private void footer(PDPageContentStream s, String note) throws IOException {
        float y = MARGIN + 10;
        rule(s, y + 12);
        for (String line : wrap(regular, 7.5f, note, WIDTH)) {
            text(s, MARGIN, y, regular, 7.5f, line);
            y -= 10;
        }
    }

    private void rule(PDPageContentStream s, float y) throws IOException {
        s.setStrokingColor(RULE);
        s.setLineWidth(0.6f);
        s.moveTo(MARGIN, y);
        s.lineTo(MARGIN + WIDTH, y);
        s.stroke();
    }

    /** Writes one line with its baseline at {@code y - size}; returns the next line's top. */
    private float text(PDPageContentStream s, float x, float y, PDType1Font font, float size, String value) throws IOException {
        s.beginText();
        s.setNonStrokingColor(Color.BLACK);
        s.setFont(font, size);
        s.newLineAtOffset(x, y - size);
        s.showText(printable(font, value));
        s.endText();
        return y - size - 4;
    }

    /** The value cut to the width, with an ellipsis ("...") where it was cut. */
    private static String fit(PDType1Font font, float size, String value, float width) throws IOException {
        String text = printable(font, value == null ? "" : value);
        if (font.getStringWidth(text) / 1000 * size <= width) {
            return text;
        }
        while (!text.isEmpty() && font.getStringWidth(text + "...") / 1000 * size > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "...";
    }

    private static List<String> wrap(PDType1Font font, float size, String value, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, value).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The standard fonts encode WinAnsi only: any other character (a name in another script) is shown as "?". */
    private static String printable(PDType1Font font, String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
