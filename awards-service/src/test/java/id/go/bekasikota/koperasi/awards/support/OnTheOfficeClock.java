package id.go.bekasikota.koperasi.awards.support;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.LocalDate;

/**
 * An API test that takes its dates from the office clock it controls: {@code today} is the clock's
 * day when each test starts (the real day, or where {@code -Dkoperasi.test.clock} starts the run),
 * a test may move the clock, and it is put back after each test. No fixed year meets the real clock.
 */
public abstract class OnTheOfficeClock {

    @Inject
    protected AdjustableClock clock;

    protected LocalDate today;

    @BeforeEach
    void readTheClock() {
        clock.reset();
        today = LocalDate.now(clock);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }
}
