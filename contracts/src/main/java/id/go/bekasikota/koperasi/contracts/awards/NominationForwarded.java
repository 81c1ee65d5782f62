package id.go.bekasikota.koperasi.contracts.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A winner was forwarded as a nomination to the next round.
 *
 * @param fromLevel CITY or PROVINCE
 * @param toLevel   PROVINCE or NATIONAL
 * @param rank      the winner's rank in the forwarding program
 */
public record NominationForwarded(UUID forwardingId, UUID nominationId, UUID programId, int year, String category, String jenis,
                                  String fromLevel, String toLevel, UUID cooperativeId, String cooperativeNumber, int rank,
                                  BigDecimal totalScore, LocalDate forwardedOn, Instant occurredAt, long aggregateVersion) {
}
