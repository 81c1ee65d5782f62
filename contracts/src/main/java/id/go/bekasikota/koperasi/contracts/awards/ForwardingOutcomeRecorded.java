package id.go.bekasikota.koperasi.contracts.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The outcome of a forwarded nomination at the next round.
 *
 * @param outcome WINNER or NOT_SELECTED
 * @param rank    the rank at that round for a WINNER, else null
 */
public record ForwardingOutcomeRecorded(UUID forwardingId, UUID nominationId, UUID programId, int year, String category,
                                        String level, UUID cooperativeId, String outcome, Integer rank, LocalDate decidedOn,
                                        String note, Instant occurredAt, long aggregateVersion) {
}
