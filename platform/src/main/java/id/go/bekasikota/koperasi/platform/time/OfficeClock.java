package id.go.bekasikota.koperasi.platform.time;

import id.go.bekasikota.koperasi.contracts.OfficeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** "Today" is the office's today: Kota Bekasi is on Western Indonesia Time. */
@ApplicationScoped
public class OfficeClock {

    public static final ZoneId ZONE = OfficeTime.ZONE;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
