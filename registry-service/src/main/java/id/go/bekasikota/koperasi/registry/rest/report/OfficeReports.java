package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.registry.domain.RegisterScope;
import id.go.bekasikota.koperasi.registry.domain.Worklist;
import id.go.bekasikota.koperasi.registry.mapping.ActivationPlanningMapper;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import id.go.bekasikota.koperasi.registry.rest.dto.WorklistView;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.ArrayList;
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

    /** The dashboard (breakdowns and trend) as XLSX or PDF. */
    public static Response dashboard(ActivationDashboardView view, ReportFormat format) {
        StreamingOutput body = format == ReportFormat.XLSX
                ? out -> {
                    try (OfficeWorkbook workbook = new OfficeWorkbook()) {
                        workbook.dashboard(view);
                        workbook.write(out);
                    }
                }
                : out -> new OfficeSummaryPdf().dashboard(view, out);
        return attachment(body, format, "aktivasi-koperasi-kota-bekasi-" + view.asOf());
    }

    /** The whole worklist (every step) as XLSX, or its figures and first steps as a one-page PDF. */
    public static Response worklist(Worklist worklist, RegisterScope scope, ReportFormat format) {
        WorklistView summary = ActivationPlanningMapper.worklist(worklist, scope, new PageRequest(1, 1));
        String described = describe(scope);
        StreamingOutput body;
        if (format == ReportFormat.XLSX) {
            body = out -> {
                try (OfficeWorkbook workbook = new OfficeWorkbook()) {
                    workbook.worklist(summary, described, items(worklist));
                    workbook.write(out);
                }
            };
        } else {
            List<WorklistView.WorklistItemView> first = new ArrayList<>();
            Iterator<WorklistView.WorklistItemView> items = items(worklist);
            while (items.hasNext() && first.size() < OfficeSummaryPdf.WORKLIST_ROWS) {
                first.add(items.next());
            }
            body = out -> new OfficeSummaryPdf().worklist(summary, described, first, out);
        }
        return attachment(body, format, "daftar-kerja-aktivasi-" + worklist.asOf() + suffix(scope));
    }

    private static Iterator<WorklistView.WorklistItemView> items(Worklist worklist) {
        int size = worklist.ranked().size();
        return new Iterator<>() {
            private int rank = 1;

            @Override
            public boolean hasNext() {
                return rank <= size;
            }

            @Override
            public WorklistView.WorklistItemView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ActivationPlanningMapper.item(worklist, rank++);
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

    private static Response attachment(StreamingOutput body, ReportFormat format, String name) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .build();
    }
}
