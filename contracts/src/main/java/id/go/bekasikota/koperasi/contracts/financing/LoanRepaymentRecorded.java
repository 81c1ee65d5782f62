package id.go.bekasikota.koperasi.contracts.financing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner recorded a repayment; it paid the oldest installments first, interest before principal.
 * Amounts are whole rupiah.
 *
 * @param daysPastDue days since the due date of the oldest installment not fully paid, after this repayment
 */
public record LoanRepaymentRecorded(
        UUID applicationId,
        UUID cooperativeId,
        UUID programId,
        String partnerId,
        UUID repaymentId,
        long amount,
        LocalDate paidOn,
        long interestPaid,
        long principalPaid,
        long outstandingPrincipal,
        long outstandingInterest,
        int daysPastDue,
        Instant occurredAt,
        long aggregateVersion) {
}
