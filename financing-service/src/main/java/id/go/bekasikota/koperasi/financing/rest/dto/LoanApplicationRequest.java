package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A new loan application (a draft). */
@Schema(name = "LoanApplicationRequest")
public record LoanApplicationRequest(
        @Schema(description = "The applicant. A cooperative's own account may leave it out (its token names it); an officer must give it",
                example = "3f2c9a4e-5b1d-4c8e-9f7a-2d6b8e1c0a35") UUID cooperativeId,
        @NotNull @Schema(example = "0b8f6f0e-2a51-4d7e-b1a4-6c3e9d2f7a10") UUID programId,
        @NotNull @Min(value = 1, message = "{financing.amount.min}") @Max(value = 1_000_000_000_000L, message = "{financing.amount.max}")
        @Schema(description = "Whole rupiah", example = "250000000") Long amount,
        @NotNull @Min(1) @Max(360) @Schema(example = "36") Integer tenorMonths,
        @NotBlank @Size(max = 2000) @Schema(example = "Modal kerja pembelian kain dan dakron bersama untuk 40 perajin boneka")
        @FreeText String purpose) {
}
