package id.go.bekasikota.koperasi.stack;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where {@code -Dkoperasi.test.clock} starts a run's office clock: a date at noon in Kota Bekasi, or an instant. */
class OfficeClockStartTest {

    private static final Instant NOW = Instant.parse("2026-11-30T03:15:00Z");

    @Test
    void aDateStartsTheClockAtNoonOfficeTimeAndAnInstantWhereItSays() {
        // Noon on 15 January 2030 in Kota Bekasi (UTC+7) is 05:00 UTC.
        assertEquals(Duration.between(NOW, Instant.parse("2030-01-15T05:00:00Z")), OfficeClockStart.offset("2030-01-15", NOW));
        assertEquals(Duration.between(NOW, Instant.parse("2027-07-01T17:30:00Z")),
                OfficeClockStart.offset(" 2027-07-01T17:30:00Z ", NOW));
        assertEquals(Duration.ofDays(-1), OfficeClockStart.offset("2026-11-29T03:15:00Z", NOW));
        assertEquals(Duration.ZERO, OfficeClockStart.offset(null, NOW));
        assertEquals(Duration.ZERO, OfficeClockStart.offset("", NOW));
    }
}
