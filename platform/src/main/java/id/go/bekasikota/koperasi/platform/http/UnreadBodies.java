package id.go.bekasikota.koperasi.platform.http;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * The rest of a body nobody will read is let go as it comes. An answer given before its request's
 * body was read to the end (a 413 at a limit, a 503 when an operation has no turn, a 401) ends
 * the request's processing, but the caller (the gateway, streaming an upload) goes on sending: the
 * framework's blocking input stream, still the request's data handler, held every further chunk,
 * up to the HTTP layer's 12 MiB per request, until the body ended. 64 uploads of 12 MB at once
 * (the gateway lets 32 of one client's requests be in progress) held 235 MB of such chunks and ran
 * financing out of heap in each of three runs; the heap dump named
 * {@code VertxInputStream$VertxBlockingInput.inputOverflow}.
 * <p>
 * Over HTTP/1.1 such an answer, when a body is still to come, says {@code Connection: close} (RFC 9110 §15.5.14); the request's
 * remaining chunks go to a handler that drops them, and the connection closes once the body is over
 * (RFC 9112 §9.6: reading the rest first, so that the caller is not reset before it has read the
 * answer), or at once past the HTTP layer's limit ({@link BodyBytes#HTTP_LIMIT}: a body sent
 * without its length that goes on). Over HTTP/2, which has no {@code Connection} header and
 * carries other requests on the same connection, the request's own stream is reset with
 * {@code NO_ERROR} once the answer has gone (RFC 9113 §8.1): the caller stops sending.
 */
@ApplicationScoped
public class UnreadBodies {

    /** HTTP/2's {@code NO_ERROR}: the answer is complete, the rest of the request is not wanted (RFC 9113 §7). */
    static final long NO_ERROR = 0;

    void routes(@Observes Router router) {
        router.route().order(-19).handler(UnreadBodies::handle);
    }

    static void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        boolean http2 = request.version() == HttpVersion.HTTP_2;
        ctx.addHeadersEndHandler(headersGo -> {
            if (http2) {
                ctx.response().headers().remove(HttpHeaders.CONNECTION);
            } else if (!request.isEnded() && bodyStillComing(request.getHeader(HttpHeaders.TRANSFER_ENCODING),
                    request.getHeader(HttpHeaders.CONTENT_LENGTH), request.bytesRead())) {
                // Only when a body is still coming. A request's end is often not read yet when the answer goes: a GET's,
                // and a write's whose body the JSON reader took to its announced length (the end stays queued behind
                // it). Closing those connections would cost every caller a new one per request.
                ctx.response().headers().set(HttpHeaders.CONNECTION, "close");
            }
        });
        // The answer may end on a worker thread; the request's chunks and its end come on its event loop: there too
        // the rest of the body is let go, so that nothing of the request changes between looking at it and acting.
        Context requestContext = ctx.vertx().getOrCreateContext();
        ctx.addEndHandler(answered -> requestContext.runOnContext(now -> letGo(request, ctx.response(), http2)));
        ctx.next();
    }

    /** Lets go of what remains of the request's body, if any is still to come. */
    static void letGo(HttpServerRequest request, HttpServerResponse response, boolean http2) {
        if (http2) {
            if (!request.isEnded()) {
                response.reset(NO_ERROR);
            }
            return;
        }
        boolean close = closes(response.headers().get(HttpHeaders.CONNECTION));
        if (request.isEnded()) {
            if (close) {
                response.close();
            }
            return;
        }
        request.handler(new Drop(response::close, BodyBytes.HTTP_LIMIT - request.bytesRead()));
        request.endHandler(over -> {
            if (close) {
                response.close();
            }
        });
        request.resume();
    }

    /**
     * Whether more of an HTTP/1.1 request's body is still to come, once {@code bytesRead} of it have been taken and its
     * end has not (RFC 9112 §6.3): with a {@code Transfer-Encoding}, until its end; with a {@code Content-Length},
     * until that many bytes were read; without either, a request has no body. A length that is not a number (refused
     * by the HTTP layer before) counts as a body still coming.
     */
    static boolean bodyStillComing(String transferEncoding, String contentLength, long bytesRead) {
        if (transferEncoding != null) {
            return true;
        }
        if (contentLength == null) {
            return false;
        }
        try {
            return bytesRead < Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Whether a {@code Connection} header names the {@code close} option (a comma-separated list of options). */
    static boolean closes(String connection) {
        if (connection == null) {
            return false;
        }
        for (String option : connection.split(",")) {
            if ("close".equals(option.trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Takes chunks and keeps nothing of them; past the limit, cuts the request off. */
    static final class Drop implements Handler<Buffer> {

        private final Runnable cutOff;
        private long left;
        private boolean cut;

        Drop(Runnable cutOff, long left) {
            this.cutOff = cutOff;
            this.left = left;
        }

        @Override
        public void handle(Buffer chunk) {
            left -= chunk.length();
            if (left < 0 && !cut) {
                cut = true;
                cutOff.run();
            }
        }
    }
}
