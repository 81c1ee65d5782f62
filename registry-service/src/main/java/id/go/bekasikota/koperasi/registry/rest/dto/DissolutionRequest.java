package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Dissolution (pembubaran) of a cooperative. */
@Schema(name = "DissolutionRequest")
public record DissolutionRequest(
        @NotNull @PastOrPresent @Schema(example = "2026-09-01") LocalDate dissolvedOn,
        @NotBlank @Size(max = 300) @FreeText
        @Schema(description = "The decision it rests on", example = "Keputusan Kepala Dinas No. 518/123/Disdagkop/2026") String legalBasis) {
}
