package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
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
 *
 * <p>A run may start the clock elsewhere with the system property {@value #START_PROPERTY}: an ISO
 * date (taken at noon office time) or an ISO instant, e.g.
 * {@code ./mvnw verify -pl awards-service -am -Dkoperasi.test.clock=2030-01-15}. The clock then runs
 * on from there ({@link OfficeClockStart}, the same offset as the services a system test starts),
 * and {@link #reset()} returns to it; tests that take their dates from this clock run as if on that day.
 */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    /** The system property that starts a run's clock at another date or instant. */
    public static final String START_PROPERTY = OfficeClockStart.PROPERTY;

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
        return now != null ? now : Instant.now().plus(OfficeClockStart.ofThisRun());
    }
}
