package id.go.bekasikota.koperasi.notifications.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A receiver's Retry-After (RFC 9110 10.2.3), the waits worked out by hand from a Wednesday, 1 July 2026, midnight UTC. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");

    @Test
    void onlyA429OrA503AsksToWait() {
        assertThat(RetryAfter.honoured(429)).isTrue();
        assertThat(RetryAfter.honoured(503)).isTrue();
        assertThat(RetryAfter.honoured(500)).isFalse();
        assertThat(RetryAfter.honoured(502)).isFalse();
        assertThat(RetryAfter.honoured(301)).isFalse();
        assertThat(RetryAfter.honoured(200)).isFalse();
    }

    @Test
    void delaySecondsAreTheWait() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("1", NOW)).contains(Duration.ofSeconds(1));
        // Leading zeros are still digits; the spaces around a field value are not part of it (RFC 9110 5.5).
        assertThat(RetryAfter.parse("0090", NOW)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse(" 120 ", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("86400", NOW)).contains(Duration.ofDays(1));
    }

    @Test
    void anImfFixdateIsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Wed, 01 Jul 2026 01:00:00 GMT", NOW)).contains(Duration.ofHours(1));
        // As Java's RFC_1123_DATE_TIME writes it: the day not padded.
        assertThat(RetryAfter.parse("Wed, 1 Jul 2026 01:00:00 GMT", NOW)).contains(Duration.ofHours(1));
        assertThat(RetryAfter.parse("Wed, 01 Jul 2026 00:00:10 GMT", NOW.plusMillis(250))).contains(Duration.ofMillis(9_750));
        // 31 days of July, 31 of August, 30 of September, 31 of October, 30 of November, 31 of December: 184 days.
        assertThat(RetryAfter.parse("Fri, 01 Jan 2027 00:00:00 GMT", NOW)).contains(Duration.ofDays(184));
    }

    @Test
    void theTwoObsoleteDateFormsAreTakenToo() {
        assertThat(RetryAfter.parse("Wednesday, 01-Jul-26 00:02:00 GMT", NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Wed Jul  1 00:00:30 2026", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed Jul 01 00:00:30 2026", NOW)).contains(Duration.ofSeconds(30));
    }

    /** RFC 9110 5.6.7: a two-digit year more than 50 years ahead is the last such year in the past. */
    @Test
    void aTwoDigitYearIsAtMostFiftyYearsAhead() {
        assertThat(RetryAfter.parse("Friday, 01-Jan-27 00:00:00 GMT", NOW)).contains(Duration.ofDays(184));
        assertThat(RetryAfter.fullYear(27, NOW)).isEqualTo(2027);
        assertThat(RetryAfter.fullYear(76, NOW)).isEqualTo(2076);
        assertThat(RetryAfter.fullYear(77, NOW)).isEqualTo(1977);
        assertThat(RetryAfter.fullYear(94, NOW)).isEqualTo(1994);
        assertThat(RetryAfter.fullYear(0, NOW)).isEqualTo(2000);
        // 1977 is in the past: no wait.
        assertThat(RetryAfter.parse("Thursday, 01-Jul-77 00:00:00 GMT", NOW)).isEmpty();
    }

    @Test
    void aValueThatIsNeitherFormAsksForNothing() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("   ", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("+5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("120 s", NOW)).isEmpty();
        assertThat(RetryAfter.parse("120, 120", NOW)).isEmpty();
        assertThat(RetryAfter.parse("0x78", NOW)).isEmpty();
        assertThat(RetryAfter.parse("\uFF12", NOW)).as("a digit of another script (fullwidth 2)").isEmpty();
        // Dates: another zone than GMT, no such day, no such month, an ISO instant.
        assertThat(RetryAfter.parse("Wed, 01 Jul 2026 01:00:00 +0700", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Wed, 31 Feb 2027 01:00:00 GMT", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Wed, 01 Jux 2026 01:00:00 GMT", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Wed, 01 Jul 2026 25:00:00 GMT", NOW)).isEmpty();
        assertThat(RetryAfter.parse("2026-07-01T01:00:00Z", NOW)).isEmpty();
    }

    @Test
    void noWaitOrADateNotAfterNowAsksForNothing() {
        assertThat(RetryAfter.parse("0", NOW)).isEmpty();
        assertThat(RetryAfter.parse("000", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Wed, 01 Jul 2026 00:00:00 GMT", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Tue, 30 Jun 2026 23:59:59 GMT", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).isEmpty();
    }

    /** More seconds than a long holds is a wait longer than any cap, not an error. */
    @Test
    void aHugeDelayIsAVeryLongWait() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofDays(365 * 1000)));
        assertThat(RetryAfter.parse("9223372036854775807", NOW)).contains(Duration.ofSeconds(Long.MAX_VALUE));
    }
}
