package id.go.bekasikota.koperasi.contracts.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A winner was announced. registry-service keeps the cooperative's award history from these
 * (it reads programId, year, category, level, cooperativeId, cooperativeNumber, rank, totalScore,
 * announcedOn); a later event for the same program, category, level and cooperative corrects it.
 *
 * @param totalScore two decimals; null for a result at a forwarded round, where the province or ministry scored
 */
public record WinnerAnnounced(UUID programId, int year, String category, String level, UUID cooperativeId,
                              String cooperativeNumber, int rank, BigDecimal totalScore, LocalDate announcedOn,
                              UUID nominationId, String jenis, Instant occurredAt, long aggregateVersion) {
}
