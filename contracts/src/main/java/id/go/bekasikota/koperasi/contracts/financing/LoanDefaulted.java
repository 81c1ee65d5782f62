package id.go.bekasikota.koperasi.contracts.financing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A loan's days past due went beyond the threshold on {@code asOf}. Amounts are whole rupiah.
 */
public record LoanDefaulted(
        UUID applicationId,
        UUID cooperativeId,
        UUID programId,
        String partnerId,
        int daysPastDue,
        int thresholdDays,
        long outstandingPrincipal,
        long outstandingInterest,
        LocalDate asOf,
        Instant occurredAt,
        long aggregateVersion) {
}
