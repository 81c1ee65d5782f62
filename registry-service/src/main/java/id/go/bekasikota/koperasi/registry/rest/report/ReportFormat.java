package id.go.bekasikota.koperasi.registry.rest.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The representations of the dashboard and the worklist, chosen by {@code Accept}. */
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

    /** The caller's most preferred of the three ({@code Accept} in order of quality); JSON for a wildcard or none. */
    public static ReportFormat of(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (ReportFormat format : values()) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return format;
                }
            }
        }
        return JSON;
    }
}
