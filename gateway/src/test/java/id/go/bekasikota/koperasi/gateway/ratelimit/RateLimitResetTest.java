package id.go.bekasikota.koperasi.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** RateLimit-Reset: the seconds until the whole budget is back, rounded up. */
class RateLimitResetTest {

    @Test
    void theUsedShareOfThePeriodRoundedUp() {
        // 600 a minute: one token is 0.1 s, shown as 1; all 600 are the whole minute
        assertThat(RateLimiter.secondsUntilFull(600, 599, Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(RateLimiter.secondsUntilFull(600, 0, Duration.ofMinutes(1))).isEqualTo(60);
        // 7 a minute, 1 used: 60/7 = 8.57 s -> 9
        assertThat(RateLimiter.secondsUntilFull(7, 6, Duration.ofMinutes(1))).isEqualTo(9);
        // 30 an hour, 10 used: 1200 s exactly
        assertThat(RateLimiter.secondsUntilFull(30, 20, Duration.ofHours(1))).isEqualTo(1200);
        // nothing used: nothing to wait for
        assertThat(RateLimiter.secondsUntilFull(120, 120, Duration.ofMinutes(1))).isZero();
    }
}
