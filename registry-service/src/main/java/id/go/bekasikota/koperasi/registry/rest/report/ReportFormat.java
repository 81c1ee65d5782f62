package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.platform.http.Formats;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The representations of the dashboard and the worklist, chosen by {@code format} or {@code Accept}. */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    XLSX(ReportFormat.XLSX_TYPE, "xlsx"),
    PDF(ReportFormat.PDF_TYPE, "pdf");

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF_TYPE = "application/pdf";

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The {@code format} asked for ({@code json}, {@code xlsx}, {@code pdf}: a link in a page cannot set
     * {@code Accept}), else the caller's most preferred of the three ({@code Accept} in order of quality);
     * JSON for a wildcard or none. The answer varies with {@code Accept}: {@link #VARY}.
     */
    public static ReportFormat of(String format, HttpHeaders headers) {
        return Formats.choose(format, ReportFormat.class, JSON, headers, f -> MediaType.valueOf(f.mediaType));
    }

    /** The header every answer chosen by {@link #of} carries, so that no cache gives one format for another. */
    public static final String VARY = HttpHeaders.ACCEPT;
}
