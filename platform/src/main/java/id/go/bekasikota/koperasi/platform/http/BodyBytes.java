package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A file body (a PDF, an image) read whole, but never more of it than its operation takes: a body
 * announced longer ({@code Content-Length}) is refused before a byte is read, one sent without its
 * length as soon as it passes the limit. Taken as {@code byte[]}, the framework would read the
 * HTTP layer's whole limit (12 MiB) into memory first, for every such request at once.
 */
public final class BodyBytes {

    /** The HTTP layer's limit ({@code quarkus.http.limits.max-body-size}, 12 MiB), which refuses a longer body itself. */
    public static final int HTTP_LIMIT = 12 * 1024 * 1024;

    private BodyBytes() {
    }

    /** The body's bytes, at most the HTTP layer's limit. */
    public static byte[] read(InputStream body, String contentLength) {
        return read(body, contentLength, HTTP_LIMIT, () -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("problem.body.too-long", HTTP_LIMIT)));
    }

    /**
     * The body's bytes, at most {@code max}; past it {@code tooLarge}. A body that breaks off before its end is a
     * {@code malformed-request}.
     */
    public static byte[] read(InputStream body, String contentLength, long max, Supplier<ProblemException> tooLarge) {
        if (announced(contentLength) > max) {
            throw tooLarge.get();
        }
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(Math.toIntExact(Math.min(max + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length > max) {
                throw tooLarge.get();
            }
            return bytes;
        } catch (IOException brokenOff) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("problem.body.incomplete"));
        }
    }

    /** The announced length; -1 when none or unreadable (the HTTP layer refuses a length it cannot read). */
    static long announced(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }
}
