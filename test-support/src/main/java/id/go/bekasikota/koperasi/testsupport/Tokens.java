package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.stack.DevTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for tests, signed with the development key the tests' services trust. A caller
 * holds a token for its lifetime, as a browser or a partner's system does: the same one comes back
 * for the same role and subject until half of its lifetime has passed, and the gateway and the
 * services take it from the tokens they remember instead of checking its signature again (an RSA
 * signature here costs about a millisecond of CPU; tens of thousands of requests each signed anew
 * spent it in every test JVM, the gateway and the services alike). A test that needs a token of
 * its own (expired, forged, from the future) builds it with {@link DevTokens#claims}.
 */
public final class Tokens {

    private static final Map<Holder, Held> HELD = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String officer() {
        return held("officer", "officer@dev", null, null, Duration.ofHours(8));
    }

    public static String auditor() {
        return held("auditor", "auditor@dev", null, null, Duration.ofHours(8));
    }

    /** A government system's machine client (the province, the ministry's data system). */
    public static String system() {
        return held("system", "ods-client@dev", null, null, Duration.ofHours(1));
    }

    public static String juror(String subject) {
        return held("juror", subject, null, null, Duration.ofHours(1));
    }

    public static String partner(String partnerId) {
        return held("partner", "bank-user@" + partnerId, partnerId, null, Duration.ofHours(1));
    }

    public static String cooperative(UUID cooperativeId) {
        return held("cooperative", "koperasi@" + cooperativeId, null, cooperativeId.toString(), Duration.ofHours(1));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The token held for these claims, or a new one once half of the held one's lifetime has passed. */
    private static String held(String role, String subject, String partnerId, String cooperativeId, Duration ttl) {
        Instant now = Instant.now();
        return HELD.compute(new Holder(role, subject, partnerId, cooperativeId, ttl), (holder, held) ->
                held != null && now.isBefore(held.renewAt())
                        ? held
                        : new Held(DevTokens.issue(role, subject, partnerId, cooperativeId, ttl), now.plus(ttl.dividedBy(2)))).token();
    }

    private record Holder(String role, String subject, String partnerId, String cooperativeId, Duration ttl) {
    }

    private record Held(String token, Instant renewAt) {
    }
}
