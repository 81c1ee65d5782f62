package id.go.bekasikota.koperasi.stack;

import id.go.bekasikota.koperasi.contracts.OfficeTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Where a run puts the office clock: the real time, or another day given by the system property
 * {@value #PROPERTY} (an ISO date, taken at noon office time, or an ISO instant), e.g.
 * {@code ./mvnw verify -Dkoperasi.test.clock=2030-01-15}. The clock runs on from there.
 *
 * <p>One offset for the whole run, taken once when this class loads: the tests' own clock
 * ({@code AdjustableClock}), the dates the system tests write, and the services a
 * {@link LocalSuite} starts ({@value #ENVIRONMENT}, read by the platform's {@code OfficeClock})
 * all stand on the same day.
 */
public final class OfficeClockStart {

    /** The system property that starts a run's office clock at another date or instant. */
    public static final String PROPERTY = "koperasi.test.clock";
    /** The services' setting ({@code koperasi.office-clock.offset}): how far their office clock runs from the real time. */
    public static final String ENVIRONMENT = "KOPERASI_OFFICE_CLOCK_OFFSET";

    private static final Duration OF_THIS_RUN = offset(System.getProperty(PROPERTY), Instant.now());

    private OfficeClockStart() {
    }

    /** How far this run's office clock is from the real time: none unless {@value #PROPERTY} is set. */
    public static Duration ofThisRun() {
        return OF_THIS_RUN;
    }

    /** This run's office clock, in the office's zone. */
    public static Clock clock() {
        return Clock.offset(Clock.system(OfficeTime.ZONE), OF_THIS_RUN);
    }

    /** This run's office day. */
    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** How far {@code start} (a date at noon office time, or an instant; none when blank) is from {@code now}. */
    static Duration offset(String start, Instant now) {
        if (start == null || start.isBlank()) {
            return Duration.ZERO;
        }
        Instant at = start.contains("T") ? Instant.parse(start.strip())
                : LocalDate.parse(start.strip()).atTime(LocalTime.NOON).atZone(OfficeTime.ZONE).toInstant();
        return Duration.between(now, at);
    }
}
