package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.NameText;
import id.go.bekasikota.koperasi.awards.domain.AwardCategory;
import id.go.bekasikota.koperasi.awards.domain.AwardLevel;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Creates an award program, or replaces its editable fields (PUT with If-Match). */
@Schema(name = "AwardProgramRequest")
public record AwardProgramRequest(
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
        @NotBlank @Size(max = 200) @Schema(example = "Koperasi Berprestasi Kota Bekasi 2026 - Produsen") @NameText String name,
        @NotNull @Schema(example = "OUTSTANDING_PER_JENIS") AwardCategory category,
        @Schema(description = "Required for OUTSTANDING_PER_JENIS (only cooperatives of that jenis take part); empty otherwise", example = "PRODUSEN") Jenis jenis,
        @NotNull @Schema(example = "CITY") AwardLevel level,
        @NotNull @Schema(description = "First day nominations are accepted", example = "2026-04-01") LocalDate nominationsOpenOn,
        @NotNull @Schema(description = "Last day nominations are accepted; computed indicators are measured as of this day. On the same side of a 1 July as nominationsOpenOn (400 otherwise): the latest due financial year F changes on 1 July, and every nomination of a program is judged on one F", example = "2026-05-31") LocalDate nominationsCloseOn,
        @Schema(description = "When winners are announced; 12 July (Cooperative Day) of the year when empty", example = "2026-07-12") LocalDate announcementOn,
        @Schema(description = "Cooperatives may nominate themselves (default false)", example = "true") Boolean selfNomination,
        @NotNull @Min(1) @Max(100) @Schema(description = "How many winners (the top of the ranking)", example = "3") Integer winners,
        @NotNull @Size(min = 1, max = 50, message = "{awards.sheet.size}")
        @Schema(description = "The scoring sheet: indicators of the KELEMBAGAAN, USAHA and KEUANGAN aspects. Frozen once a nomination exists.")
        List<@NotNull @Valid IndicatorData> scoringSheet) {
}
