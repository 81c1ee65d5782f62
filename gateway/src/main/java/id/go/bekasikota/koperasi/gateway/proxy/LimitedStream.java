package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A streamed request body passed through while it stays within the limit; past it the stream fails,
 * so the proxy aborts the upstream request instead of forwarding the rest. Each chunk passed and its
 * end are reported: a caller still sending is not waiting for an answer yet, and a failure while
 * the caller had not sent its whole body is known to be the caller's.
 */
final class LimitedStream implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onExceeded;
    private final Runnable onEnded;
    private final Runnable onChunk;
    private Handler<Throwable> exceptionHandler;
    private long count;
    private boolean exceeded;

    LimitedStream(ReadStream<Buffer> source, long limit, Runnable onExceeded, Runnable onEnded, Runnable onChunk) {
        this.source = source;
        this.limit = limit;
        this.onExceeded = onExceeded;
        this.onEnded = onEnded;
        this.onChunk = onChunk;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            count += chunk.length();
            if (count > limit) {
                exceeded = true;
                onExceeded.run();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException("Request body larger than " + limit + " bytes"));
                }
                return;
            }
            onChunk.run();
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(end -> {
            onEnded.run();
            if (!exceeded && handler != null) {
                handler.handle(end);
            }
        });
        return this;
    }
}
