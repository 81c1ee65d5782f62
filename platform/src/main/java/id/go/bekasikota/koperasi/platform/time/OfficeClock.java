package id.go.bekasikota.koperasi.platform.time;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * "Today" is the office's today: Kota Bekasi is on Western Indonesia Time.
 *
 * <p>{@code koperasi.office-clock.offset} (environment {@code KOPERASI_OFFICE_CLOCK_OFFSET}, an ISO
 * duration, none by default) runs the office clock that far from the real time: a whole suite
 * started on another office day, for a test run across 1 July or a training copy of the register.
 * Every service of one suite must get the same offset; tokens keep the real time.
 */
@ApplicationScoped
public class OfficeClock {

    public static final ZoneId ZONE = OfficeTime.ZONE;
    private static final Logger LOG = Logger.getLogger(OfficeClock.class);

    @Produces
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "koperasi.office-clock.offset", defaultValue = "PT0S") Duration offset) {
        Clock real = Clock.system(ZONE);
        if (offset.isZero()) {
            return real;
        }
        LOG.warnf("The office clock runs %s from the real time (koperasi.office-clock.offset): today is %s",
                offset, real.instant().plus(offset).atZone(ZONE).toLocalDate());
        return Clock.offset(real, offset);
    }
}
