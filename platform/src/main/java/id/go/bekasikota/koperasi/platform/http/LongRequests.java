package id.go.bekasikota.koperasi.platform.http;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The server's idle timeout ({@code quarkus.http.idle-timeout}, 30 s) closes a connection on which nothing moves,
 * also while the service works on its request without a byte to send yet: an import of 20,000 rows or more was cut
 * off that way at 30 s (the gateway answered 502, and the import was written or not). For an operation marked
 * {@link LongRequest}, the connection's idle timer is lengthened to {@code koperasi.http.long-request-timeout}
 * (125 s: the gateway's 120 s for such routes, and 5 s) while its request is in progress, its wait for a turn
 * included, and put back when the answer has been sent. Vert.x has no setting per request: this replaces the
 * timer Vert.x installed in the connection's Netty pipeline under the name {@code idle} (nothing changes on a
 * connection without one), as the gateway does for its long routes.
 */
public class LongRequests {

    private static final String HANDLER = "idle";

    private final Duration usual;
    private final Duration longest;

    public LongRequests(@ConfigProperty(name = "quarkus.http.idle-timeout") Duration usual,
                        @ConfigProperty(name = "koperasi.http.long-request-timeout") Duration longest) {
        this.usual = usual;
        this.longest = longest;
    }

    @ServerRequestFilter
    public void lengthenTheIdleTimer(ResourceInfo resource, RoutingContext context) {
        Method method = resource.getResourceMethod();
        if (method == null || !method.isAnnotationPresent(LongRequest.class)
                || !(context.request().connection() instanceof ConnectionBase connection)) {
            return;
        }
        ChannelPipeline pipeline = connection.channel().pipeline();
        connection.channel().eventLoop().execute(() -> replace(pipeline, longest));
        context.addEndHandler(done -> connection.channel().eventLoop().execute(() -> {
            if (connection.channel().isActive()) {
                replace(pipeline, usual);
            }
        }));
    }

    private static void replace(ChannelPipeline pipeline, Duration idle) {
        if (pipeline.get(HANDLER) != null) {
            pipeline.replace(HANDLER, HANDLER, new IdleStateHandler(0, 0, idle.toMillis(), TimeUnit.MILLISECONDS));
        }
    }
}
