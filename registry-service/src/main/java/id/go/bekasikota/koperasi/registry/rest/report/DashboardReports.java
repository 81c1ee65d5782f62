package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public dashboard's office report (XLSX or PDF), rendered once per dashboard and format: anyone may ask
 * for it, and a PDF with its chart costs a few hundred milliseconds of CPU where the JSON it is made of is kept
 * (OWASP API4). The last {@value #KEPT} renders are kept, keyed by the dashboard itself (its date, trend and
 * every figure: a write that moves a figure makes another dashboard, rendered anew); a dashboard not kept is
 * rendered {@value #AT_ONCE} at a time per instance, and another request meanwhile is told at once to come
 * back (503 {@code unavailable}, {@code Retry-After}), as the past dates' counts are.
 */
@ApplicationScoped
public class DashboardReports {

    static final int KEPT = 16;
    static final int AT_ONCE = 2;

    private record Key(ActivationDashboardView view, ReportFormat format) {
    }

    private final Map<Key, byte[]> kept = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    /** Renders a dashboard in a format: {@link Renderer#render}, bounded. */
    @FunctionalInterface
    public interface Rendering {
        byte[] render(ActivationDashboardView view, ReportFormat format);
    }

    /** The dashboard as an XLSX workbook or a one-page PDF, an attachment. */
    public Response of(ActivationDashboardView view, ReportFormat format, Rendering renderer) {
        Key key = new Key(view, format);
        byte[] bytes = kept.get(key);
        if (bytes == null) {
            bytes = renderer.render(view, format);
            kept.put(key, bytes);
        }
        byte[] body = bytes;
        return OfficeReports.attachment(out -> out.write(body), format, OfficeReports.dashboardName(view));
    }

    /** Renders a dashboard; its own bean, so that the bulkhead applies. */
    @ApplicationScoped
    public static class Renderer {

        @Bulkhead(AT_ONCE)
        public byte[] render(ActivationDashboardView view, ReportFormat format) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                OfficeReports.dashboardBody(view, format).write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
