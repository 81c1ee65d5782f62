package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.platform.http.ContentDisposition;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.mapping.ActivationPlanningMapper;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import id.go.bekasikota.koperasi.registry.rest.dto.WorklistView;
import id.go.bekasikota.koperasi.registry.service.WorklistService.Ranked;
import id.go.bekasikota.koperasi.registry.service.WorklistService.WorklistPage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The office's report: the dashboard and the worklist as an XLSX workbook or a one-page PDF
 * summary, in Bahasa Indonesia, each an attachment with a file name that says what and when.
 */
public final class OfficeReports {

    private OfficeReports() {
    }

    /** The dashboard (breakdowns and trend) as XLSX or PDF: written as {@link DashboardReports} keeps it. */
    static StreamingOutput dashboardBody(ActivationDashboardView view, ReportFormat format) {
        return format == ReportFormat.XLSX
                ? out -> {
                    try (OfficeWorkbook workbook = new OfficeWorkbook()) {
                        workbook.dashboard(view);
                        workbook.write(out);
                    }
                }
                : out -> new OfficeSummaryPdf().dashboard(view, out);
    }

    static String dashboardName(ActivationDashboardView view) {
        return "aktivasi-koperasi-kota-bekasi-" + view.asOf();
    }

    /** Reads the rows of a worklist's ranks, from and to (inclusive, at most {@value #STEPS_AT_ONCE}). */
    @FunctionalInterface
    public interface StepReader {
        List<Ranked> steps(int fromRank, int toRank);
    }

    /** Rows read at once while the workbook is written: its memory stays that of a chunk, whatever the worklist's length. */
    static final int STEPS_AT_ONCE = 1_000;

    /** The whole worklist (every step) as XLSX, or its figures and first steps as a one-page PDF. */
    public static Response worklist(Worklist worklist, RegisterScope scope, ReportFormat format, StepReader reader) {
        WorklistView summary = ActivationPlanningMapper.worklist(new WorklistPage(worklist, List.of()), scope, new PageRequest(1, 1));
        String described = describe(scope);
        StreamingOutput body;
        if (format == ReportFormat.XLSX) {
            body = out -> {
                try (OfficeWorkbook workbook = new OfficeWorkbook()) {
                    workbook.worklist(summary, described, items(worklist, reader));
                    workbook.write(out);
                }
            };
        } else {
            List<WorklistView.WorklistItemView> first = reader.steps(1, OfficeSummaryPdf.WORKLIST_ROWS).stream()
                    .map(step -> ActivationPlanningMapper.item(worklist, step)).toList();
            body = out -> new OfficeSummaryPdf().worklist(summary, described, first, out);
        }
        return attachment(body, format, "daftar-kerja-aktivasi-" + worklist.asOf() + suffix(scope));
    }

    /** Every step in order, read a chunk at a time as the workbook asks for them. */
    private static Iterator<WorklistView.WorklistItemView> items(Worklist worklist, StepReader reader) {
        return new Iterator<>() {
            private int nextRank = 1;
            private Iterator<Ranked> chunk = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && nextRank <= worklist.size()) {
                    int to = Math.min(worklist.size(), nextRank + STEPS_AT_ONCE - 1);
                    chunk = reader.steps(nextRank, to).iterator();
                    nextRank = to + 1;
                }
                return chunk.hasNext();
            }

            @Override
            public WorklistView.WorklistItemView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ActivationPlanningMapper.item(worklist, chunk.next());
            }
        };
    }

    /** "Seluruh Kota Bekasi", or the kecamatan, jenis and kelompok asked for. */
    static String describe(RegisterScope scope) {
        List<String> parts = new ArrayList<>();
        if (scope.kecamatanCode() != null) {
            parts.add("Kecamatan " + CooperativeMapper.kecamatanName(scope.kecamatanCode()));
        }
        if (scope.jenis() != null) {
            parts.add("jenis " + Bahasa.jenis(scope.jenis().name()).toLowerCase(Bahasa.INDONESIA));
        }
        if (scope.kelompok() != null) {
            parts.add("kelompok " + Bahasa.kelompok(scope.kelompok().name()).toLowerCase(Bahasa.INDONESIA));
        }
        return parts.isEmpty() ? "Seluruh Kota Bekasi" : String.join(", ", parts);
    }

    private static String suffix(RegisterScope scope) {
        StringBuilder suffix = new StringBuilder();
        if (scope.kecamatanCode() != null) {
            suffix.append('-').append(scope.kecamatanCode());
        }
        if (scope.jenis() != null) {
            suffix.append('-').append(scope.jenis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        if (scope.kelompok() != null) {
            suffix.append('-').append(scope.kelompok().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return suffix.toString();
    }

    static Response attachment(StreamingOutput body, ReportFormat format, String name) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(name + "." + format.extension()))
                .header(HttpHeaders.VARY, ReportFormat.VARY)
                .build();
    }
}
