package id.go.bekasikota.koperasi.gateway.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/**
 * Answers to a caller speaking HTTP/2 (cleartext, prior knowledge) carry no {@code Connection}
 * header: HTTP/2 forbids it (RFC 9113 §8.2.2), and the caller's client treats an answer with one
 * as malformed ({@code PROTOCOL_ERROR}), so that a 413 and every answer of a service that said
 * {@code Connection: close} reached an HTTP/2 caller as a broken stream. Where the answer would have
 * closed an HTTP/1.1 connection because its request's body was still coming, the request's own
 * stream is reset with {@code NO_ERROR} once the answer has gone (RFC 9113 §8.1): the caller stops
 * sending, and the connection's other requests go on.
 */
public final class Http2Streams {

    /** HTTP/2's {@code NO_ERROR}: the answer is complete, the rest of the request is not wanted (RFC 9113 §7). */
    static final long NO_ERROR = 0;

    private Http2Streams() {
    }

    public static void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.version() == HttpVersion.HTTP_2) {
            boolean[] closing = {false};
            ctx.addHeadersEndHandler(headersGo -> {
                closing[0] = closes(ctx.response().headers().getAll(HttpHeaders.CONNECTION));
                ctx.response().headers().remove(HttpHeaders.CONNECTION);
            });
            ctx.addEndHandler(answered -> {
                if (closing[0] && !request.isEnded()) {
                    ctx.response().reset(NO_ERROR);
                }
            });
        }
        ctx.next();
    }

    /** Whether {@code Connection} headers name the {@code close} option (each a comma-separated list of options). */
    static boolean closes(Iterable<String> connection) {
        for (String header : connection) {
            for (String option : header.split(",")) {
                if ("close".equals(option.trim().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
