package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardReportsTest {

    /** Counts its renders and writes which dashboard it rendered. */
    static final class CountingRenderer implements DashboardReports.Rendering {
        final List<String> rendered = new ArrayList<>();

        @Override
        public byte[] render(ActivationDashboardView view, ReportFormat format) {
            rendered.add(view.asOf() + " " + format);
            return (view.asOf() + " " + format + " #" + rendered.size()).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static ActivationDashboardView dashboard(String asOf, long active) {
        ActivationDashboardView.Figures figures = new ActivationDashboardView.Figures(1_000, active, 1_000 - active, 0, 0, 0, 0,
                new BigDecimal(active).movePointLeft(3), Math.max(0, 650 - active), Map.of("A", active));
        return new ActivationDashboardView(LocalDate.parse(asOf), 2025, new BigDecimal("0.65"), figures, List.of(), List.of(),
                List.of(), List.of());
    }

    private static String body(DashboardReports reports, ActivationDashboardView view, ReportFormat format,
                               CountingRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((jakarta.ws.rs.core.StreamingOutput) reports.of(view, format, renderer).getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDashboardIsRenderedOncePerFormatUntilAFigureMoves() throws IOException {
        DashboardReports reports = new DashboardReports();
        CountingRenderer renderer = new CountingRenderer();
        assertThat(body(reports, dashboard("2026-12-06", 617), ReportFormat.PDF, renderer)).isEqualTo("2026-12-06 PDF #1");
        // The same dashboard read again, built anew from the same figures: the kept bytes.
        assertThat(body(reports, dashboard("2026-12-06", 617), ReportFormat.PDF, renderer)).isEqualTo("2026-12-06 PDF #1");
        assertThat(body(reports, dashboard("2026-12-06", 617), ReportFormat.XLSX, renderer)).isEqualTo("2026-12-06 XLSX #2");
        // A registration moved a figure: another dashboard.
        assertThat(body(reports, dashboard("2026-12-06", 618), ReportFormat.PDF, renderer)).isEqualTo("2026-12-06 PDF #3");
        assertThat(renderer.rendered).hasSize(3);
    }

    @Test
    void theSixteenLastReadAreKept() throws IOException {
        DashboardReports reports = new DashboardReports();
        CountingRenderer renderer = new CountingRenderer();
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int day = 0; day < 17; day++) {
            body(reports, dashboard(first.plusDays(day).toString(), 600), ReportFormat.PDF, renderer);
        }
        // The 17th pushed out the first (the least recently read); the second is still kept.
        body(reports, dashboard(first.plusDays(1).toString(), 600), ReportFormat.PDF, renderer);
        assertThat(renderer.rendered).hasSize(17);
        body(reports, dashboard(first.toString(), 600), ReportFormat.PDF, renderer);
        assertThat(renderer.rendered).hasSize(18).last().isEqualTo("2026-01-01 PDF");
    }
}
