package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.financing.domain.ScheduleMethod;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The schedule of a disbursed loan, what has been repaid and what is overdue. Whole rupiah. */
@Schema(name = "LoanSchedule")
public record ScheduleView(
        UUID applicationId,
        @Schema(implementation = LoanApplicationState.class, example = "REPAYING") String state,
        @Schema(example = "200000000") long amount,
        @Schema(example = "0.055") BigDecimal annualRate,
        @Schema(example = "36") int tenorMonths,
        @Schema(implementation = ScheduleMethod.class, example = "DECLINING_BALANCE") String method,
        LocalDate disbursedOn,
        long totalInterest,
        long totalPayment,
        long principalPaid,
        long interestPaid,
        long outstandingPrincipal,
        long outstandingInterest,
        @Schema(description = "Days since the due date of the oldest installment not fully paid, as of today") int daysPastDue,
        @Schema(maxItems = 360) List<InstallmentView> installments) {
}
