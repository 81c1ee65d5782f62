package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A visit to a dormant cooperative under a reactivation case. */
@Schema(name = "ReactivationVisitRequest")
public record ReactivationVisitRequest(
        @NotNull @PastOrPresent @Schema(example = "2026-02-10") LocalDate visitedOn,
        @NotBlank @Size(max = 4000) @FreeText @Schema(example = "Met the board; books for 2023-2024 are incomplete") String notes,
        @Size(max = 2000) @FreeText @Schema(example = "Bookkeeping clinic on 24 February; RAT planned for March") String nextSteps) {
}
