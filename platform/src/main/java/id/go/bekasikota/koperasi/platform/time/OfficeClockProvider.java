package id.go.bekasikota.koperasi.platform.time;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * Bean validation's "now" (for {@code @PastOrPresent} dates) is the office's: a date that is
 * today in Kota Bekasi (UTC+7) is not in the future, whatever the server's time zone.
 */
@Singleton
public class OfficeClockProvider implements ClockProvider {

    private final Clock clock;

    public OfficeClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
