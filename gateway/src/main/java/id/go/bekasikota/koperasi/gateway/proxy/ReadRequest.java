package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.http.impl.HttpServerRequestWrapper;

/**
 * The caller's request as the proxy sees it once the gateway may already have read it to its end
 * (a body read whole for its size limit, or a request without one). Over HTTP/1.1 pausing or
 * resuming an ended request does nothing; over HTTP/2 Vert.x throws "Request has already been read",
 * which reset every stream with a body (Java's HTTP client speaks HTTP/2 by default). An ended
 * request has nothing left to pause, resume or hand to a handler, so here those calls do nothing.
 */
final class ReadRequest extends HttpServerRequestWrapper {

    private ReadRequest(HttpServerRequestInternal delegate) {
        super(delegate);
    }

    /** The request itself while it is still being read; its wrapper once it has ended. */
    static HttpServerRequest of(HttpServerRequest request) {
        return request.isEnded() && request instanceof HttpServerRequestInternal internal ? new ReadRequest(internal) : request;
    }

    @Override
    public HttpServerRequest pause() {
        return this;
    }

    @Override
    public HttpServerRequest resume() {
        return this;
    }

    @Override
    public HttpServerRequest fetch(long amount) {
        return this;
    }

    @Override
    public HttpServerRequest handler(Handler<Buffer> handler) {
        return this;
    }

    @Override
    public HttpServerRequest endHandler(Handler<Void> handler) {
        return this;
    }
}
