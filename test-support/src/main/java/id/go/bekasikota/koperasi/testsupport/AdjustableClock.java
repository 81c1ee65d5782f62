package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The office clock of every service's tests (it replaces the platform's {@code Clock}): the real
 * time, unless a test about dates (the 1 July switch, a nomination window, 90 days past due) moves
 * "today" and puts it back afterwards.
 *
 * <p>A run can start elsewhere in time: {@code -Dkoperasi.test.clock=2027-07-02} (noon, office time)
 * or an ISO instant ({@code 2030-01-15T01:00:00Z}). The clock then runs from there at the real
 * pace, and {@link #reset()} goes back to that running time; tests must pass wherever it starts.
 */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    /** The system property naming where the run's time starts. */
    public static final String START = "koperasi.test.clock";

    private static final Duration SHIFT = shift(System.getProperty(START));

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
        return now != null ? now : Instant.now().plus(SHIFT);
    }

    private static Duration shift(String start) {
        if (start == null || start.isBlank()) {
            return Duration.ZERO;
        }
        Instant from = start.contains("T") ? Instant.parse(start.strip())
                : LocalDate.parse(start.strip()).atTime(LocalTime.NOON).atZone(OfficeTime.ZONE).toInstant();
        return Duration.between(Instant.now(), from);
    }
}
