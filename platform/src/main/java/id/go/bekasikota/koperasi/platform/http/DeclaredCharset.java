package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body sent in the charset its {@code Content-Type} names, other than UTF-8, is read in that charset. JSON
 * between systems is UTF-8 (RFC 8259 §8.1), but stock clients label and encode otherwise: REST Assured sends
 * {@code application/merge-patch+json; charset=ISO-8859-1} and encodes the body so, and read as UTF-8 its
 * {@code Café} was not valid text. The body is decoded as it says and handed on in UTF-8, within the same limit
 * ({@link JsonConfig#MAX_DOCUMENT_BYTES}, 413 past it). A charset the JVM does not know is refused before the body is
 * read ({@link BodyContentType}).
 */
@Provider
public class DeclaredCharset implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Charset declared = declared(context.getMediaType());
        if (declared != null) {
            byte[] body = context.getInputStream().readNBytes(JsonConfig.MAX_DOCUMENT_BYTES + 1);
            if (body.length > JsonConfig.MAX_DOCUMENT_BYTES) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("problem.json.body-too-long", JsonConfig.MAX_DOCUMENT_BYTES));
            }
            context.setInputStream(new ByteArrayInputStream(new String(body, declared).getBytes(StandardCharsets.UTF_8)));
        }
        return context.proceed();
    }

    /** The charset a JSON body's type names when it is one the JVM knows other than UTF-8; null otherwise. */
    static Charset declared(MediaType type) {
        if (type == null || !BodyContentType.json(type)) {
            return null;
        }
        String name = BodyContentType.charset(type);
        if (name == null || !BodyContentType.known(name)) {
            return null;
        }
        Charset charset = Charset.forName(name);
        return StandardCharsets.UTF_8.equals(charset) ? null : charset;
    }
}
