package id.go.bekasikota.koperasi.awards.support;

import id.go.bekasikota.koperasi.platform.time.OfficeClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The office clock of the tests: the real time, unless a test about the nomination window and
 * the announcement date moves "today" and puts it back afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    private volatile Instant fixed;

    public void today(LocalDate date) {
        fixed = date.atTime(LocalTime.NOON).atZone(OfficeClock.ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return OfficeClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
