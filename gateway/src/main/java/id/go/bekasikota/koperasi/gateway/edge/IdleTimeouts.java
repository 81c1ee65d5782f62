package id.go.bekasikota.koperasi.gateway.edge;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The server's idle timeout ({@code quarkus.http.idle-timeout}) closes a connection on which nothing
 * moves: that is what cuts off a client that stalls its request line, headers or body. It would also
 * cut off a caller who waits, silently, for a service's long answer (an import of 50,000 rows). For a
 * route whose timeout is longer than the idle timeout, the connection's idle timer is lengthened to
 * the route's timeout while its request is in progress and put back when the answer has been sent.
 * Vert.x offers no setting per request, so this reaches the connection's Netty pipeline, where Vert.x
 * installed the timer under the name {@code idle}; on a connection without one nothing changes.
 */
public final class IdleTimeouts {

    private static final String HANDLER = "idle";

    private IdleTimeouts() {
    }

    public static void lengthen(RoutingContext ctx, Duration during, Duration usual) {
        if (!(ctx.request().connection() instanceof ConnectionBase connection)) {
            return;
        }
        ChannelPipeline pipeline = connection.channel().pipeline();
        if (pipeline.get(HANDLER) == null) {
            return;
        }
        pipeline.replace(HANDLER, HANDLER, new IdleStateHandler(0, 0, during.toMillis(), TimeUnit.MILLISECONDS));
        ctx.addEndHandler(done -> connection.channel().eventLoop().execute(() -> {
            if (connection.channel().isActive() && pipeline.get(HANDLER) != null) {
                pipeline.replace(HANDLER, HANDLER, new IdleStateHandler(0, 0, usual.toMillis(), TimeUnit.MILLISECONDS));
            }
        }));
    }
}
