package id.go.bekasikota.koperasi.gateway.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the identity provider's key set (a JWKS URL) answers now, asked only when smallrye-jwt could not
 * resolve a token's key: its exceptions do not say whether the key set was unreachable or read and without
 * the token's key (it catches its own "no such key id" and reports a plain failure to load a key). A key set that
 * answers 200 means the token names a key it does not have: the token's fault. The answer is kept a few seconds,
 * so a burst of such tokens asks once.
 */
final class KeySetProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private record Answer(Instant at, boolean reachable) {
    }

    private final Optional<URI> location;
    private final WebClient client;
    private volatile Answer last;

    /** @param location the configured key location; only an http(s) URL is a key set that may be down */
    KeySetProbe(Vertx vertx, Optional<String> location) {
        this.location = location.filter(l -> l.startsWith("http://") || l.startsWith("https://")).map(URI::create);
        this.client = WebClient.create(vertx);
    }

    /** True when there is a key set to read and it answers 200 now (or did a moment ago). */
    Future<Boolean> reachable() {
        if (location.isEmpty()) {
            return Future.succeededFuture(true);
        }
        Answer known = last;
        if (known != null && known.at().plus(KEPT_FOR).isAfter(Instant.now())) {
            return Future.succeededFuture(known.reachable());
        }
        return client.getAbs(location.get().toString()).timeout(TIMEOUT.toMillis()).send()
                .map(response -> response.statusCode() == 200)
                .otherwise(false)
                .onSuccess(reachable -> last = new Answer(Instant.now(), reachable));
    }
}
