package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A JSON body announced longer than a JSON body may be ({@link JsonConfig#MAX_DOCUMENT_BYTES}) is a
 * 413 before a byte of it is read: {@code Content-Type} {@code application/json} or any
 * {@code +json} type ({@code application/merge-patch+json}) with a {@code Content-Length} over the
 * limit. A body sent without its length is stopped by the JSON reader at the same limit
 * ({@link JsonConfig}). Files (CSV, PDF) keep the HTTP layer's limit and their operations' own.
 */
public class JsonBodyLimit {

    @ServerRequestFilter(preMatching = true)
    public void refuseLongJson(ContainerRequestContext request) {
        if (tooLong(request.getHeaderString(HttpHeaders.CONTENT_TYPE), request.getHeaderString(HttpHeaders.CONTENT_LENGTH))) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("problem.json.body-too-long", JsonConfig.MAX_DOCUMENT_BYTES));
        }
    }

    /** Whether a body of this type and announced length is JSON longer than the limit. */
    static boolean tooLong(String contentType, String contentLength) {
        return contentType != null && json(contentType) && BodyBytes.announced(contentLength) > JsonConfig.MAX_DOCUMENT_BYTES;
    }

    private static boolean json(String contentType) {
        try {
            return BodyContentType.json(MediaType.valueOf(contentType));
        } catch (IllegalArgumentException unreadable) {
            return false; // a 415 for the operation to give
        }
    }
}
