package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;

import java.util.Comparator;

/**
 * One cell of the activation figures of a date: the cooperatives of one kecamatan, jenis and
 * kelompok with one status and grade, under reactivation or not. Every figure of the dashboard is
 * a sum over cells.
 */
public record TallyCell(String kecamatanCode, String jenis, String kelompok, ActivityStatus status, RatGrade grade,
                        boolean underReactivation) {

    /**
     * The one order every write updates a date's cells in: two writes moving the same cells lock
     * them in the same order, so one waits for the other's commit and neither waits in a circle.
     */
    public static final Comparator<TallyCell> LOCK_ORDER = Comparator.comparing(TallyCell::kecamatanCode)
            .thenComparing(TallyCell::jenis)
            .thenComparing(TallyCell::kelompok)
            .thenComparing(TallyCell::status)
            .thenComparing(TallyCell::grade)
            .thenComparing(TallyCell::underReactivation);

}
