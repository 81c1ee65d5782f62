package id.go.bekasikota.koperasi.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The office clock: Western Indonesia Time, and as far from the real time as the suite's offset says. */
class OfficeClockTest {

    @Test
    void withoutAnOffsetTheOfficeClockIsTheRealTimeInKotaBekasi() {
        Clock clock = new OfficeClock().clock(Duration.ZERO);
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void anOffsetMovesTheOfficeDayAndTheClockRunsOn() {
        Duration offset = Duration.ofDays(1_141).plusHours(5);
        Clock clock = new OfficeClock().clock(offset);
        Instant first = clock.instant();
        assertThat(Duration.between(Instant.now().plus(offset), first).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(clock.millis()).isGreaterThanOrEqualTo(first.toEpochMilli());
    }
}
