package id.go.bekasikota.koperasi.contracts.financing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A loan was repaid in full. Amounts are whole rupiah.
 *
 * @param settledOn the payment date of the repayment that settled it
 */
public record LoanSettled(
        UUID applicationId,
        UUID cooperativeId,
        UUID programId,
        String partnerId,
        long disbursedAmount,
        long principalPaid,
        long interestPaid,
        LocalDate settledOn,
        Instant occurredAt,
        long aggregateVersion) {
}
