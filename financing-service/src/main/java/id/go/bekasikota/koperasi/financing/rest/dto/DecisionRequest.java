package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
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
 * The partner's decision. Approving may lower the amount, rate or tenor; left out, they are as
 * asked (the rate: the program's). The terms must keep the program's limits and the application's
 * (see {@code LoanLimits}). Declining needs a reason.
 */
@Schema(name = "DecisionRequest", description = "APPROVE within every limit: amount between the program's minimum and maximum and "
        + "not more than asked; tenor between the program's minimum and maximum and not longer than asked; rate not above the "
        + "program's. Terms left out are as asked (the rate: the program's). DECLINE with a reason and no terms.")
public record DecisionRequest(
        @NotNull @Schema(example = "APPROVE") Decision decision,
        @Min(value = 1, message = "{financing.amount.min}") @Schema(example = "200000000") Long amount,
        @DecimalMin(value = "0", message = "{financing.rate.min}") @DecimalMax(value = "0.5", message = "{financing.rate.max}")
        @Digits(integer = 1, fraction = 6, message = "{financing.rate.digits}") @Schema(example = "0.055") BigDecimal annualRate,
        @Min(1) @Max(360) @Schema(example = "36") Integer tenorMonths,
        @Size(max = 2000) @Schema(example = "Disetujui komite kredit 14 Agustus 2026") @FreeText String reason) {

    public enum Decision {
        APPROVE,
        DECLINE
    }
}
