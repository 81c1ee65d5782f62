package id.go.bekasikota.koperasi.contracts.financing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A loan was repaid in full. Amounts are whole rupiah.
 *
 * @param settledOn the date the loan was paid off: the latest payment date of its repayments (reported out of
 *                  their order, the one recorded last may not be the one paid last)
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
