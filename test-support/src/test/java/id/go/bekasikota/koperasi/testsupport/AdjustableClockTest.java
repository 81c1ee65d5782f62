package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Where {@code -Dkoperasi.test.clock} starts a run's clock: a date at noon in Kota Bekasi, or an instant. */
class AdjustableClockTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:15:00Z");

    @Test
    void aDateStartsTheClockAtNoonOfficeTimeAndAnInstantWhereItSays() {
        Instant noon = ZonedDateTime.of(2030, 1, 15, 12, 0, 0, 0, OfficeTime.ZONE).toInstant();
        assertEquals(Instant.parse("2030-01-15T05:00:00Z"), noon);
        assertEquals(Duration.between(NOW, noon), AdjustableClock.offset("2030-01-15", NOW));
        assertEquals(Duration.between(NOW, Instant.parse("2027-07-01T17:30:00Z")),
                AdjustableClock.offset(" 2027-07-01T17:30:00Z ", NOW));
        assertEquals(Duration.ZERO, AdjustableClock.offset(null, NOW));
        assertEquals(Duration.ZERO, AdjustableClock.offset("", NOW));
    }

    @Test
    void aTestMovesTodayAndResetLetsTheClockRunAgain() {
        AdjustableClock clock = new AdjustableClock();
        clock.today(LocalDate.of(2027, 7, 2));
        Instant fixed = ZonedDateTime.of(2027, 7, 2, 12, 0, 0, 0, OfficeTime.ZONE).toInstant();
        assertEquals(LocalDate.of(2027, 7, 2), LocalDate.now(clock));
        assertEquals(fixed, clock.instant());
        assertEquals(fixed, clock.instant());
        clock.reset();
        assertNotEquals(fixed, clock.instant());
    }
}
