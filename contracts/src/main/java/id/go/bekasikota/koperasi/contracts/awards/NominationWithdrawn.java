package id.go.bekasikota.koperasi.contracts.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A nomination was withdrawn before the program's scores were finalised. */
public record NominationWithdrawn(UUID nominationId, UUID programId, UUID cooperativeId, String reason,
                                  LocalDate withdrawnOn, Instant occurredAt, long aggregateVersion) {
}
