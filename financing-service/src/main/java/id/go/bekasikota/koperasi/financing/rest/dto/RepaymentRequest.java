package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A repayment the partner received. */
@Schema(name = "RepaymentRequest")
public record RepaymentRequest(
        @NotNull @Min(value = 1, message = "{financing.amount.min}") @Max(value = 1_000_000_000_000L, message = "{financing.amount.max}")
        @Schema(description = "Whole rupiah; at most what is still owed", example = "7548000") Long amount,
        @NotNull @Schema(description = "An office date (Asia/Jakarta, UTC+7): not after today there, not before the disbursement", example = "2026-09-20") LocalDate paidOn,
        @NotBlank @Size(max = 100) @Schema(description = "The partner's own reference of the payment; unique per loan", example = "LPDB/RP/2026/09/11873")
        @CodeText String partnerReference) {
}
