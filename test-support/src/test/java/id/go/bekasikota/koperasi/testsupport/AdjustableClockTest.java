package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A test moves the office day and puts it back. */
class AdjustableClockTest {

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
