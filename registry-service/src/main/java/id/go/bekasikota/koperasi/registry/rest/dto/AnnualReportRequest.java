package id.go.bekasikota.koperasi.registry.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A RAT report for one financial year; amounts in whole rupiah (64-bit). */
@Schema(name = "AnnualReportRequest")
public record AnnualReportRequest(
        @NotNull @Min(1900) @Max(9999) @Schema(example = "2025") Integer financialYear,
        @NotNull @Schema(description = "Held after the financial year closed, not in the future", example = "2026-03-21") LocalDate meetingDate,
        @NotNull @PositiveOrZero @Schema(example = "812") Integer membersMale,
        @NotNull @PositiveOrZero @Schema(example = "904") Integer membersFemale,
        @NotNull @PositiveOrZero @Schema(example = "35") Integer employees,
        @NotNull @PositiveOrZero @Schema(example = "41250000000") Long ownCapital,
        @NotNull @PositiveOrZero @Schema(example = "18000000000") Long externalCapital,
        @NotNull @PositiveOrZero @Schema(example = "500000000000") Long assets,
        @NotNull @PositiveOrZero @Schema(example = "96000000000") Long turnover,
        @NotNull @Schema(description = "SHU; negative is a loss", example = "5400000000") Long surplus) {
}
