package id.go.bekasikota.koperasi.tokens;

import com.github.benmanes.caffeine.cache.Ticker;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    /** 2026-12-01T06:00:00Z, in epoch seconds. */
    private static final long START = 1_796_104_800L;

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final VerifiedTokens verified = new VerifiedTokens(3, Duration.ofSeconds(60), ticker,
            () -> START + nanos.get() / 1_000_000_000L);

    @Test
    void theSameTokenIsTakenAgainWithinTheMinute() {
        JsonWebToken token = token("officer", START + 3600);
        verified.accepted(raw("k1", "a"), token, verified.generation());

        advance(59);
        assertThat(verified.verified(raw("k1", "a"))).containsSame(token);
        assertThat(verified.verified(raw("k1", "b"))).as("another token text").isEmpty();

        advance(1);
        assertThat(verified.verified(raw("k1", "a"))).as("a minute after it was verified").isEmpty();
    }

    @Test
    void neverPastTheTokensExpiry() {
        verified.accepted(raw("k1", "a"), token("officer", START + 20), verified.generation());

        advance(19);
        assertThat(verified.verified(raw("k1", "a"))).isPresent();
        advance(1);
        assertThat(verified.verified(raw("k1", "a"))).as("at exp").isEmpty();
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotKept() {
        verified.accepted(raw("k1", "a"), token("officer", START), verified.generation());
        verified.accepted(raw("k1", "b"), token("officer", START - 10), verified.generation());
        verified.accepted(raw("k1", "c"), token("officer", 0), verified.generation());

        assertThat(verified.verified(raw("k1", "a"))).isEmpty();
        assertThat(verified.verified(raw("k1", "b"))).isEmpty();
        assertThat(verified.verified(raw("k1", "c"))).isEmpty();
        assertThat(verified.size()).isZero();
    }

    @Test
    void aTokenOfANewKeyIdForgetsEveryTokenVerifiedBefore() {
        verified.accepted(raw("old", "a"), token("officer", START + 3600), verified.generation());
        verified.accepted(raw("old", "b"), token("bank", START + 3600), verified.generation());

        verified.accepted(raw("rotated", "c"), token("officer", START + 3600), verified.generation());

        assertThat(verified.verified(raw("old", "a"))).isEmpty();
        assertThat(verified.verified(raw("old", "b"))).isEmpty();
        assertThat(verified.verified(raw("rotated", "c"))).isPresent();

        verified.accepted(raw("old", "a"), token("officer", START + 3600), verified.generation());
        verified.accepted(raw("rotated", "d"), token("bank", START + 3600), verified.generation());
        assertThat(verified.verified(raw("old", "a"))).as("a key id seen before forgets nothing").isPresent();
        assertThat(verified.verified(raw("rotated", "c"))).isPresent();
    }

    @Test
    void aTokenVerifiedWhileANewKeyIdCameIsNotKept() {
        verified.accepted(raw("old", "a"), token("officer", START + 3600), verified.generation());
        long before = verified.generation();

        verified.accepted(raw("rotated", "c"), token("officer", START + 3600), before);
        verified.accepted(raw("old", "b"), token("bank", START + 3600), before);

        assertThat(verified.verified(raw("old", "b"))).as("verified against the key set before the rotation").isEmpty();
        assertThat(verified.verified(raw("rotated", "c"))).as("the token that brought the new key id").isPresent();
        verified.accepted(raw("old", "b"), token("bank", START + 3600), verified.generation());
        assertThat(verified.verified(raw("old", "b"))).as("verified again after it").isPresent();
    }

    @Test
    void keepsAtMostItsSize() {
        for (int i = 0; i < 10; i++) {
            verified.accepted(raw("k1", "t" + i), token("officer" + i, START + 3600), verified.generation());
        }
        assertThat(verified.size()).isEqualTo(3);
    }

    @Test
    void theKeyIdComesFromTheHeader() {
        assertThat(VerifiedTokens.keyId(raw("abc-123", "x"))).isEqualTo("abc-123");
        assertThat(VerifiedTokens.keyId(encode("{\"alg\":\"RS256\"}") + ".e30.c2ln")).isEmpty();
        assertThat(VerifiedTokens.keyId("not a token")).isEmpty();
        assertThat(VerifiedTokens.keyId("%%%.e30.c2ln")).isEmpty();
    }

    private void advance(long seconds) {
        nanos.addAndGet(seconds * 1_000_000_000L);
    }

    private static String raw(String kid, String signature) {
        return encode("{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}") + ".e30." + encode(signature);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonWebToken token(String subject, long exp) {
        Map<String, Object> claims = Map.of("sub", subject, "exp", exp);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
