package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.financing.domain.Installment;
import id.go.bekasikota.koperasi.financing.domain.ScheduleMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The full monthly schedule with its totals, exact to the rupiah. */
@Schema(name = "LoanSimulation")
public record LoanSimulationView(
        long amount,
        BigDecimal annualRate,
        int tenorMonths,
        @Schema(implementation = ScheduleMethod.class, example = "DECLINING_BALANCE") String method,
        LocalDate disbursementDate,
        long totalInterest,
        long totalPayment,
        @Schema(maxItems = 360) List<Installment> installments,
        @Schema(description = "The program simulated under, when the request named one; absent otherwise") UUID programId) {
}
