package id.go.bekasikota.koperasi.contracts;

import java.time.ZoneId;

/**
 * The office's time: Kota Bekasi is on Western Indonesia Time. Every date of the contracts (a
 * meeting date, "as of", an office day in an event) is a date in this zone.
 */
public final class OfficeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private OfficeTime() {
    }
}
