package id.go.bekasikota.koperasi.registry.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The activation dashboard against the RPJMD target (DESIGN.md 3.1): exact to the cooperative,
 * for any date.
 */
@Schema(name = "ActivationDashboard")
public record ActivationDashboardView(
        LocalDate asOf,
        @Schema(description = "F: the latest financial year whose RAT report is due as of asOf", example = "2025") int latestDueYear,
        @Schema(description = "The target ratio (configuration koperasi.activation.target)", example = "0.65") BigDecimal target,
        Figures total,
        @Schema(maxItems = 12) List<Group> byKecamatan,
        @Schema(maxItems = 5) List<Group> byJenis,
        @Schema(maxItems = 5) List<Group> byKelompok,
        @Schema(maxItems = 31, description = "The same figures as of 31 December of each year (the last point as of asOf)") List<TrendPoint> trend) {

    /**
     * @param registered cooperatives founded on or before the date and not dissolved by then: the denominator
     * @param active     ACTIVE (new ones included)
     * @param ratio      active / registered, 4 decimals half-up, never rounded across the target (0 when nothing is registered)
     * @param gap        how many more must be active to reach the target: max(0, ceil(target x registered) - active)
     */
    @Schema(name = "ActivationFigures")
    public record Figures(
            @Schema(example = "950") long registered,
            @Schema(example = "617") long active,
            @Schema(example = "333") long inactive,
            @Schema(description = "Founded after 31 December of the latest due year (counted as active)", example = "12") long newCooperatives,
            @Schema(description = "Dissolved on or before the date (not in registered)", example = "40") long dissolved,
            @Schema(example = "120") long dissolutionCandidates,
            @Schema(description = "Inactive with an open reactivation case", example = "25") long underReactivation,
            @Schema(description = "active / registered, 4 decimals half-up, but never rounded across the target: `ratio >= target` exactly when `gap` is 0 (661 of 1,017 is 0.6499, not 0.6500, while one more is needed); 0 when nothing is registered", example = "0.6495") BigDecimal ratio,
            @Schema(example = "1") long gap,
            @Schema(description = "Registered (not dissolved) cooperatives per RAT grade: NEW, A, B, C1, C2, D") Map<String, Long> grades) {
    }

    @Schema(name = "ActivationGroup")
    public record Group(@Schema(maxLength = 17, example = "327501") String key, @Schema(maxLength = 40, example = "Bekasi Timur", description = "What a person reads: the kecamatan's name, or the Indonesian name of the code in `key` (Simpan pinjam, Pegawai negeri, Usaha mikro)") String name, Figures figures) {
    }

    @Schema(name = "ActivationTrendPoint")
    public record TrendPoint(@Schema(example = "2025") int year, LocalDate asOf, int latestDueYear, Figures figures) {
    }
}
