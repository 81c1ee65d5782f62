package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The office clock of every service's tests (it replaces the platform's {@code Clock}): the real
 * time, unless a test about dates (the 1 July switch, a nomination window, 90 days past due) moves
 * "today" and puts it back afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    private volatile Instant fixed;

    public void today(LocalDate date) {
        fixed = date.atTime(LocalTime.NOON).atZone(OfficeTime.ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return OfficeTime.ZONE;
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
