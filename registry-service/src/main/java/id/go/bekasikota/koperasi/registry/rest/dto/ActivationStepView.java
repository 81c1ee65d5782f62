package id.go.bekasikota.koperasi.registry.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The one RAT report that makes the cooperative ACTIVE as of the date asked for. */
@Schema(name = "ActivationStep")
public record ActivationStepView(
        @Schema(description = "Financial year of the report to file: F once F has closed (it keeps the cooperative active longest), else F-1",
                example = "2025") int financialYear,
        @Schema(description = "The members' meeting can be held from this day (1 January after the year)", example = "2026-01-01") LocalDate meetingFrom,
        @Schema(description = "and must be held by this day to count as of the date", example = "2026-11-30") LocalDate meetingBy) {
}
