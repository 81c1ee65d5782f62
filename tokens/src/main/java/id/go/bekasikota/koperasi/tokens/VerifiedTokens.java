package id.go.bekasikota.koperasi.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Tokens verified a moment ago, so that a caller's next requests with the same token skip the
 * signature check: the gateway's ({@code TokenCheck}, where it also saves the hop to a worker thread)
 * and every service's ({@code platform.security.RememberedTokens}). A verdict is reused only for the very
 * same token (the whole compact JWS as sent), never past the token's {@code exp} and never longer than
 * {@code longest}; only accepted tokens are kept, so refusals are checked again every time and nobody
 * can fill the cache who cannot sign tokens. A token signed with a key id not seen before (the identity
 * provider rotated its key; verifying it made smallrye-jwt read the key set again) empties the cache,
 * so that a removed key's tokens are checked against the new key set at their next request; a token
 * whose verification began before that is not kept either (it may have met the old key set).
 */
public final class VerifiedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cache<String, JsonWebToken> tokens;
    private final Set<String> keyIds = new HashSet<>();
    private long generation;
    private final LongSupplier epochSeconds;
    private final Duration longest;

    /**
     * @param maximumSize  tokens kept at most; the least used go first
     * @param longest      how long an accepted token is taken again at most (never past its {@code exp})
     * @param ticker       the clock of the cache's ages
     * @param epochSeconds now, in seconds since the epoch, as the tokens' {@code exp} counts
     */
    public VerifiedTokens(long maximumSize, Duration longest, Ticker ticker, LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
        this.longest = longest;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(ticker)
                .expireAfter(Expiry.<String, JsonWebToken>creating((raw, token) -> keptFor(token)))
                // Upkeep (expiry, eviction, the order of use) on the calling thread, a few entries at a time, instead
                // of a task for ForkJoinPool's common pool and a thread woken for it (issue 20).
                .executor(Runnable::run)
                .build();
    }

    /** The token verified earlier from exactly this text, while its verdict holds. */
    public Optional<JsonWebToken> verified(String raw) {
        return Optional.ofNullable(tokens.getIfPresent(raw));
    }

    /**
     * The key sets seen so far, counted: read it before verifying a token and hand it to
     * {@link #accepted}, so that a token verified while another one brought a new key id is not kept.
     */
    public synchronized long generation() {
        return generation;
    }

    /**
     * Keeps a token just accepted (signature, issuer, audience, times and its own claim
     * rules), verified when the {@link #generation()} was {@code verifiedIn}.
     */
    public synchronized void accepted(String raw, JsonWebToken token, long verifiedIn) {
        if (keptFor(token).isZero()) {
            return;
        }
        String keyId = keyId(raw);
        if (keyIds.add(keyId) && keyIds.size() > 1) {
            generation++;
            tokens.invalidateAll();
        } else if (verifiedIn != generation) {
            // Verified against the key set before a rotation was seen: checked again at its next request.
            return;
        }
        tokens.put(raw, token);
    }

    /** Tokens kept now. */
    public long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    /** Until the token expires, at most {@code longest}; zero for a token that has (or has no expiry). */
    private Duration keptFor(JsonWebToken token) {
        long left = token.getExpirationTime() - epochSeconds.getAsLong();
        if (token.getExpirationTime() <= 0 || left <= 0) {
            return Duration.ZERO;
        }
        Duration untilExpiry = Duration.ofSeconds(left);
        return untilExpiry.compareTo(longest) < 0 ? untilExpiry : longest;
    }

    /** The {@code kid} of the token's header, or "" (a PEM key signs without one). */
    static String keyId(String raw) {
        int dot = raw.indexOf('.');
        if (dot <= 0) {
            return "";
        }
        try {
            JsonNode kid = JSON.readTree(Base64.getUrlDecoder().decode(raw.substring(0, dot))).get("kid");
            return kid == null || !kid.isTextual() ? "" : kid.asText();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
