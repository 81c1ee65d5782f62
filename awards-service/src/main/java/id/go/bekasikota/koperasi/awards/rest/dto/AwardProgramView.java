package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.AwardCategory;
import id.go.bekasikota.koperasi.awards.domain.AwardLevel;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An award program as anyone may read it. */
@Schema(name = "AwardProgram")
public record AwardProgramView(
        UUID id,
        @Schema(example = "2026") int year,
        @Schema(maxLength = 200, example = "Koperasi Berprestasi Kota Bekasi 2026 - Produsen") String name,
        AwardCategory category,
        @Nullable Jenis jenis,
        AwardLevel level,
        @Schema(example = "2026-04-01") LocalDate nominationsOpenOn,
        @Schema(example = "2026-05-31") LocalDate nominationsCloseOn,
        @Nullable @Schema(description = "Set when an officer closed the nominations before the window's end", example = "2026-05-20") LocalDate nominationsClosedOn,
        @Schema(example = "2026-07-12") LocalDate announcementOn,
        boolean selfNomination,
        @Schema(example = "3") int winners,
        @Schema(description = "OPEN (nominations, jury, scoring), FINALISED (winners fixed), ANNOUNCED (winners published)") ProgramState state,
        @Schema(description = "F: the financial year computed indicators are measured for (latest due as of the window's close)", example = "2024") int assessedFinancialYear,
        @Schema(maxItems = 50) List<IndicatorData> scoringSheet,
        @Schema(description = "Sum of the weights", example = "100") BigDecimal totalWeight,
        @Schema(description = "True once a nomination exists: the sheet can no longer change") boolean sheetFrozen,
        @Nullable LocalDate finalisedOn,
        @Nullable LocalDate announcedOn,
        Instant createdAt,
        @Schema(description = "When the program (its terms, its nominations closed, finalised or announced; its jury and nominations change on their own) last changed") Instant updatedAt,
        @Schema(description = "The version: the ETag's part before the dot, which If-Match compares", example = "2") long version) {
}
