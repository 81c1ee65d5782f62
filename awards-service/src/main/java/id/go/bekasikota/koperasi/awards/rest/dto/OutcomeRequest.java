package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import id.go.bekasikota.koperasi.awards.domain.ForwardingOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Records the outcome of a forwarded nomination when the next round's decision comes back. */
@Schema(name = "OutcomeRequest")
public record OutcomeRequest(
        @NotNull @Schema(description = "WINNER or NOT_SELECTED", example = "WINNER") ForwardingOutcome outcome,
        @Min(1) @Max(1000) @Schema(description = "Required for a WINNER: its rank at that round", example = "2") Integer rank,
        @NotNull @PastOrPresent @Schema(example = "2026-09-15") LocalDate decidedOn,
        @Size(max = 2000) @Schema(example = "SK Gubernur Jawa Barat 518/Kep.1234-Koperasi/2026") @FreeText String note) {
}
