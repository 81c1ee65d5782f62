package id.go.bekasikota.koperasi.financing.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The office's date and the current instant, from the one clock (tests move it). */
@ApplicationScoped
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** Microseconds, as PostgreSQL keeps them: what is written reads back equal. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }
}
