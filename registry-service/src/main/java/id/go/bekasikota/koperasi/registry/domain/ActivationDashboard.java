package id.go.bekasikota.koperasi.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The activation figures of a date against the RPJMD target (DESIGN.md 3.1), with their
 * breakdowns and yearly trend: what {@code ActivationService} computes, exact to the cooperative.
 *
 * @param latestDueYear F as of {@code asOf}
 * @param trend         the figures as of 31 December of each year, the last point as of {@code asOf}
 */
public record ActivationDashboard(LocalDate asOf, int latestDueYear, BigDecimal target, Figures total, List<Group> byKecamatan,
                                  List<Group> byJenis, List<Group> byKelompok, List<TrendPoint> trend) {

    /**
     * @param registered cooperatives founded on or before the date and not dissolved by then: the denominator
     * @param active     ACTIVE (new ones included)
     * @param ratio      active / registered ({@link ActivationMath#ratio})
     * @param gap        how many more must be active to reach the target ({@link ActivationMath#gap})
     * @param grades     registered cooperatives per RAT grade
     */
    public record Figures(long registered, long active, long inactive, long newCooperatives, long dissolved,
                          long dissolutionCandidates, long underReactivation, BigDecimal ratio, long gap, Map<String, Long> grades) {
    }

    /** The figures of one kecamatan, jenis or kelompok. */
    public record Group(String key, String name, Figures figures) {
    }

    public record TrendPoint(int year, LocalDate asOf, int latestDueYear, Figures figures) {
    }
}
