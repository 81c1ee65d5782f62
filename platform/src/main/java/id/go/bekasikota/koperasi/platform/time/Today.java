package id.go.bekasikota.koperasi.platform.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The office's date and the current instant, from the one clock (tests move it). Services ask
 * this and hand dates and instants to the domain; domain code never reads a clock itself.
 */
@ApplicationScoped
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    /** Today in Kota Bekasi (Western Indonesia Time). */
    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** Microseconds, as PostgreSQL keeps them: what is written reads back equal. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
