package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.financing.domain.ScheduleMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What to simulate: amount (whole rupiah), annual rate as a decimal, tenor, method, disbursement date; or, under a
 * financing program, amount, tenor and date with the program's terms.
 */
@Schema(name = "LoanSimulationRequest")
public record LoanSimulationRequest(
        @NotNull @Min(value = 1, message = "{financing.amount.min}") @Max(value = 1_000_000_000_000L, message = "{financing.amount.max}")
        @Schema(example = "250000000") Long amount,
        @DecimalMin(value = "0", message = "{financing.rate.min}") @DecimalMax(value = "0.5", message = "{financing.rate.max}")
        @Digits(integer = 1, fraction = 6, message = "{financing.rate.digits}")
        @Schema(description = "Annual rate as a decimal: 0.06 is 6% a year. Required without `programId`; with one, "
                + "the program's rate when left out, and at most that rate (a partner may approve a lower one)",
                example = "0.06") BigDecimal annualRate,
        @NotNull @Min(1) @Max(value = 360, message = "{financing.tenor.max}")
        @Schema(example = "36") Integer tenorMonths,
        @Schema(description = "Required without `programId`; with one, the program's method when left out (another is "
                + "refused)", example = "DECLINING_BALANCE") ScheduleMethod method,
        @NotNull @Schema(description = "From 1900-01-01, and early enough that the last due date, "
                + "tenorMonths later, is in the year 9999 at the latest (a schedule's dates keep four-digit years)",
                example = "2026-07-31") LocalDate disbursementDate,
        @Schema(description = "A financing program (`GET /api/v1/financing-programs`) to simulate under: its rate and "
                + "method unless given, and the amount and tenor within its ranges (422 `rule-violation` naming each "
                + "broken limit otherwise). Left out, the schedule follows the rate and method given",
                example = "0b8f6f0e-2a51-4d7e-b1a4-6c3e9d2f7a10") UUID programId) {

    /** The earliest disbursement date a simulation takes. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest due date a schedule may have: its dates keep four-digit years (RFC 3339). */
    public static final LocalDate LAST_DUE = LocalDate.of(9999, 12, 31);

    /** The latest disbursement date for the tenor: its last due date no later than {@link #LAST_DUE}. */
    public static LocalDate latest(int tenorMonths) {
        return LAST_DUE.minusMonths(tenorMonths);
    }
}
