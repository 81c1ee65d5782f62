package id.go.bekasikota.koperasi.notifications.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final RetrySchedule PRODUCTION = new RetrySchedule(Duration.ofSeconds(5), 4, Duration.ofHours(12), 0.2, Duration.ofHours(72));
    private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");

    @Test
    void theDelaysGrowFourfoldFromFiveSecondsUpToTwelveHours() {
        assertThat(PRODUCTION.delay(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(PRODUCTION.delay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(PRODUCTION.delay(3)).isEqualTo(Duration.ofSeconds(80));
        assertThat(PRODUCTION.delay(7)).isEqualTo(Duration.ofSeconds(5 * 4096));
        assertThat(PRODUCTION.delay(8)).isEqualTo(Duration.ofHours(12));
        assertThat(PRODUCTION.delay(30)).isEqualTo(Duration.ofHours(12));
    }

    /** Without jitter (draw 0.5): the documented schedule, 14 attempts, the last at exactly 72 h. */
    @Test
    void withoutJitterTheScheduleSpansThreeDaysIn14Attempts() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        List<Duration> sinceStart = new ArrayList<>();
        Instant at = START;
        int attempts = 1;
        while (true) {
            Optional<Instant> next = PRODUCTION.next(attempts, at, giveUp, 0.5);
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
            attempts++;
            sinceStart.add(Duration.between(START, at));
        }
        assertThat(attempts).isEqualTo(14);
        assertThat(sinceStart.get(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(sinceStart.get(1)).isEqualTo(Duration.ofSeconds(25));
        assertThat(sinceStart.get(6)).isEqualTo(Duration.ofSeconds(5 + 20 + 80 + 320 + 1280 + 5120 + 20480));
        assertThat(sinceStart.get(7)).isEqualTo(Duration.ofSeconds(27305).plusHours(12));
        assertThat(sinceStart.get(12)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void jitterMovesEachWaitByAtMostTwentyPercent() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        assertThat(PRODUCTION.next(3, START, giveUp, 0.0)).contains(START.plusSeconds(64));
        assertThat(PRODUCTION.next(3, START, giveUp, 0.999999)).contains(START.plusMillis(96_000));
    }

    @Test
    void aFailureAtOrAfterTheGiveUpTimeIsTheEnd() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        assertThat(PRODUCTION.next(5, giveUp, giveUp, 0.5)).isEmpty();
        assertThat(PRODUCTION.next(5, giveUp.plusSeconds(1), giveUp, 0.5)).isEmpty();
        assertThat(PRODUCTION.next(20, giveUp.minusSeconds(10), giveUp, 0.5)).contains(giveUp);
    }

    /** The first failure: the schedule says 5 s (draw 0.5), the receiver asked for 2 minutes. */
    @Test
    void aRetryAfterLaterThanTheScheduleIsWhenTheRetryIsMade() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ofSeconds(120))).contains(START.plusSeconds(120));
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ofMillis(5_001))).contains(START.plusMillis(5_001));
    }

    /** The fifth failure: the schedule waits 5 s x 4^4 = 1,280 s, longer than the minute asked for. */
    @Test
    void aRetryAfterSoonerThanTheScheduleChangesNothing() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        assertThat(PRODUCTION.next(5, START, giveUp, 0.5, Duration.ofSeconds(60))).contains(START.plusSeconds(1_280));
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ofSeconds(5))).contains(START.plusSeconds(5));
    }

    @Test
    void noRetryAfterOrANonPositiveOneIsTheScheduleAlone() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, null)).contains(START.plusSeconds(5));
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ZERO)).contains(START.plusSeconds(5));
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ofSeconds(-600))).contains(START.plusSeconds(5));
    }

    /** A receiver cannot park a delivery: what it asks counts at most the schedule's longest wait, 12 h. */
    @Test
    void aRetryAfterCountsAtMostTheLongestWait() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ofDays(3))).contains(START.plus(Duration.ofHours(12)));
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ofSeconds(Long.MAX_VALUE))).contains(START.plus(Duration.ofHours(12)));
        assertThat(PRODUCTION.next(1, START, giveUp, 0.5, Duration.ofHours(12).plusSeconds(1))).contains(START.plus(Duration.ofHours(12)));
        // The ninth failure waits 12 h moved by +10% (draw 0.75): 13 h 12 min, later than the capped 12 h.
        assertThat(PRODUCTION.next(9, START, giveUp, 0.75, Duration.ofDays(3))).contains(START.plus(Duration.ofMinutes(13 * 60 + 12)));
    }

    @Test
    void aRetryAfterPastTheGiveUpTimeIsTheLastAttemptThen() {
        Instant giveUp = PRODUCTION.giveUpAfter(START);
        Instant hourBefore = giveUp.minus(Duration.ofHours(1));
        assertThat(PRODUCTION.next(13, hourBefore, giveUp, 0.5, Duration.ofHours(2))).contains(giveUp);
        assertThat(PRODUCTION.next(2, giveUp.minusSeconds(60), giveUp, 0.5, Duration.ofSeconds(3_600))).contains(giveUp);
        assertThat(PRODUCTION.next(2, giveUp.minusSeconds(60), giveUp, 0.5, Duration.ofSeconds(30))).contains(giveUp.minusSeconds(30));
        // A failure at or after the give-up time is the end, whatever the receiver asked.
        assertThat(PRODUCTION.next(2, giveUp, giveUp, 0.5, Duration.ofSeconds(30))).isEmpty();
    }
}
