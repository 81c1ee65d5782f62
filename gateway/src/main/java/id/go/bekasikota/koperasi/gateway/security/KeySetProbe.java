package id.go.bekasikota.koperasi.gateway.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the identity provider's key set (a JWKS URL) says of a token's key now, asked only when smallrye-jwt could not
 * resolve the key: its exceptions do not say whether the key set was unreachable, read without the token's key, or
 * not read again at all (it re-reads the set for an unknown key id at most once a minute, and any caller's token of a
 * made-up key id spends that turn). A key set that answers without the key means the token names a key it does not
 * have: the token's fault. One that has it means the key is new (a rotation) and the parser's copy of the set is
 * older: the token is good, to be checked again shortly. The answer is kept two seconds, so a burst of such tokens
 * asks once.
 */
final class KeySetProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration KEPT_FOR = Duration.ofSeconds(2);

    /** What the key set says of a key id. */
    enum Key { PUBLISHED, UNKNOWN, UNREACHABLE }

    /** A signing key of the set: its id and algorithm (null when the set does not say). */
    record SigningKey(String id, String algorithm) {
    }

    private record Answer(Instant at, boolean reachable, Set<SigningKey> keys) {
    }

    private final Optional<URI> location;
    private final WebClient client;
    private volatile Answer last;

    /** @param location the configured key location; only an http(s) URL is a key set that may be down */
    KeySetProbe(Vertx vertx, Optional<String> location) {
        this.location = location.filter(l -> l.startsWith("http://") || l.startsWith("https://")).map(URI::create);
        this.client = WebClient.create(vertx);
    }

    /**
     * What the key set says of a token's key, by its {@code kid} and {@code alg}, now (or a moment ago); UNKNOWN when
     * there is no key set to read. Only a signing key ({@code use} {@code sig} or none) of the token's algorithm counts:
     * Keycloak also publishes an encryption key, which no token is signed with.
     */
    Future<Key> lookUp(String keyId, String algorithm) {
        if (location.isEmpty()) {
            return Future.succeededFuture(Key.UNKNOWN);
        }
        Answer known = last;
        if (known != null && known.at().plus(KEPT_FOR).isAfter(Instant.now())) {
            return Future.succeededFuture(of(known, keyId, algorithm));
        }
        return client.getAbs(location.get().toString()).timeout(TIMEOUT.toMillis()).send()
                .map(response -> response.statusCode() == 200
                        ? new Answer(Instant.now(), true, signingKeys(response.bodyAsString()))
                        : new Answer(Instant.now(), false, Set.of()))
                .otherwise(new Answer(Instant.now(), false, Set.of()))
                .onSuccess(answer -> last = answer)
                .map(answer -> of(answer, keyId, algorithm));
    }

    private static Key of(Answer answer, String keyId, String algorithm) {
        if (!answer.reachable()) {
            return Key.UNREACHABLE;
        }
        boolean published = keyId != null && answer.keys().stream().anyMatch(key -> key.id().equals(keyId)
                && (key.algorithm() == null || key.algorithm().equals(algorithm)));
        return published ? Key.PUBLISHED : Key.UNKNOWN;
    }

    /** The signing keys of a JWKS document ({@code use} {@code sig} or none); none when it is not one. */
    static Set<SigningKey> signingKeys(String jwks) {
        Set<SigningKey> found = new HashSet<>();
        try {
            JsonArray keys = new JsonObject(jwks == null ? "{}" : jwks).getJsonArray("keys", new JsonArray());
            for (Object key : keys) {
                if (key instanceof JsonObject jwk && jwk.getValue("kid") instanceof String kid
                        && (jwk.getValue("use") == null || "sig".equals(jwk.getValue("use")))) {
                    found.add(new SigningKey(kid, jwk.getValue("alg") instanceof String alg ? alg : null));
                }
            }
        } catch (RuntimeException notJson) {
            return Set.of();
        }
        return Set.copyOf(found);
    }
}
