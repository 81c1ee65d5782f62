package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Corrections to a DRAFT or RETURNED application: a field left out (or null) is not changed. */
@Schema(name = "LoanApplicationPatch")
public record LoanApplicationPatch(
        @Schema(example = "0b8f6f0e-2a51-4d7e-b1a4-6c3e9d2f7a10") UUID programId,
        @Min(value = 1, message = "{financing.amount.min}") @Max(value = 1_000_000_000_000L, message = "{financing.amount.max}")
        @Schema(example = "200000000") Long amount,
        @Min(1) @Max(360) @Schema(example = "24") Integer tenorMonths,
        @Size(min = 1, max = 2000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "{financing.text.not-blank}")
        @Schema(example = "Modal kerja pembelian kain dan dakron bersama") @FreeText String purpose) {
}
