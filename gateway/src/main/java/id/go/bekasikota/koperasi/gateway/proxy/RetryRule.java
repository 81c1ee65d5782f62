package id.go.bekasikota.koperasi.gateway.proxy;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpMethod;

import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Which failed attempts at a service the gateway makes again: a read (GET or HEAD, without a body) whose
 * connection failed before the service's answer began. That covers a refused connection, a pooled
 * keep-alive connection the service closed or reset just as the request went out on it (seen as a closed
 * connection, a reset stream or a socket error, depending on the moment), and the like. The read has no
 * effect, so a second attempt on a fresh connection is safe.
 * <p>
 * Never made again: a write (it may have taken effect); a timeout (the service is slow, not gone: a second
 * attempt doubles the caller's wait and adds to the service's load); no room in the gateway's own pool (the
 * gateway is overloaded, not the service: answered 503 gateway-overloaded at once).
 */
public final class RetryRule {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private RetryRule() {
    }

    /** Whether the method only reads, so that a request of it may be attempted more than once (it also needs no body). */
    public static boolean isRead(HttpMethod method) {
        return READS.contains(method);
    }

    /** Whether an attempt that failed this way, before any answer of the service, may be made again. */
    public static boolean isRetryable(Throwable failure) {
        return !(failure instanceof TimeoutException || failure instanceof ConnectionPoolTooBusyException);
    }
}
