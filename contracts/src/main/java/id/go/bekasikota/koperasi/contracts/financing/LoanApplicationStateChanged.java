package id.go.bekasikota.koperasi.contracts.financing;

import java.time.Instant;
import java.util.UUID;

/**
 * A loan application moved from one state to another.
 *
 * @param fromState        null when the application was created (toState DRAFT)
 * @param amount           whole rupiah: the approved amount once approved, the amount asked before
 * @param actorRole        officer, cooperative, partner, or system (the arrears evaluation)
 * @param aggregateVersion increases by one with every event of the application; consumers skip strictly older ones
 */
public record LoanApplicationStateChanged(
        UUID applicationId,
        UUID cooperativeId,
        UUID programId,
        String partnerId,
        String fromState,
        String toState,
        long amount,
        String actorRole,
        Instant occurredAt,
        long aggregateVersion) {
}
