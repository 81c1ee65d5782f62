package id.go.bekasikota.koperasi.registry.repository;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;

/**
 * What to look for in the register; every criterion is optional.
 *
 * @param name      part of the name, case- and accent-insensitive
 * @param status    status as of today
 * @param grade     RAT grade as of today
 * @param assetsMin assets of the latest report, inclusive
 */
public record CooperativeSearchQuery(String name, String cooperativeNumber, String kecamatanCode, Jenis jenis,
                                     Kelompok kelompok, String kbliCode, ActivityStatus status, RatGrade grade,
                                     Long assetsMin, Long assetsMax, Sort sort, boolean descending) {

    public enum Sort { NAME, FOUNDED_ON, ASSETS }

    public boolean needsStanding() {
        return status != null || grade != null;
    }
}
