package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView.Figures;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView.Group;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The dashboard as the actions would make it, beside the real one, and the difference. Nothing was written. */
@Schema(name = "ActivationScenario")
public record ScenarioView(
        LocalDate asOf,
        @Schema(example = "2025") int latestDueYear,
        @Schema(example = "0.65") BigDecimal target,
        @Schema(description = "Actions evaluated", example = "40") int actions,
        @Schema(description = "Existing cooperatives whose facts the actions change", example = "40") int cooperativesAffected,
        @Schema(description = "New cooperatives the REGISTER actions add", example = "0") long cooperativesRegistered,
        @Schema(description = "The dashboard's figures as of asOf") Figures real,
        @Schema(description = "The figures had the actions been written") Figures scenario,
        @Schema(description = "scenario minus real, figure by figure (ratio in 4 decimals)") Figures difference,
        @Schema(maxItems = 12) List<GroupComparison> byKecamatan,
        @Schema(maxItems = 5) List<GroupComparison> byJenis,
        @Schema(maxItems = 5) List<GroupComparison> byKelompok) {

    @Schema(name = "ActivationScenarioGroup")
    public record GroupComparison(@Schema(maxLength = 17, example = "327501") String key, @Schema(maxLength = 17, example = "Bekasi Timur") String name,
                                  Figures real, Figures scenario, Figures difference) {

        public static GroupComparison of(Group real, Figures scenario, Figures difference) {
            return new GroupComparison(real.key(), real.name(), real.figures(), scenario, difference);
        }
    }
}
