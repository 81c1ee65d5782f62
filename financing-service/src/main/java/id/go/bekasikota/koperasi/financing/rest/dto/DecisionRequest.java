package id.go.bekasikota.koperasi.financing.rest.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The partner's decision. Approving may lower the amount, rate or tenor (never raise them above
 * what was asked and the program's rate); left out, they are as asked. Declining needs a reason.
 */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotNull @Schema(example = "APPROVE") Decision decision,
        @Min(value = 1, message = "must be at least Rp 1") @Schema(example = "200000000") Long amount,
        @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(value = "0.5", message = "must be at most 0.5 (50% a year)")
        @Digits(integer = 1, fraction = 6, message = "at most 6 decimals") @Schema(example = "0.055") BigDecimal annualRate,
        @Min(1) @Max(360) @Schema(example = "36") Integer tenorMonths,
        @Size(max = 2000) @Schema(example = "Disetujui komite kredit 14 Agustus 2026") String reason) {

    public enum Decision {
        APPROVE,
        DECLINE
    }
}
