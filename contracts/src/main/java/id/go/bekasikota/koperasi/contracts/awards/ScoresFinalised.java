package id.go.bekasikota.koperasi.contracts.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The program's scores were finalised; one event per nomination.
 *
 * @param rank       1 first, by total, then the keuangan subtotal, then cooperative number
 * @param totalScore 0-100, two decimals
 * @param winner     among the program's number of winners
 */
public record ScoresFinalised(UUID nominationId, UUID programId, int year, String category, String jenis, String level,
                              UUID cooperativeId, String cooperativeNumber, int rank, BigDecimal totalScore,
                              boolean winner, LocalDate finalisedOn, Instant occurredAt, long aggregateVersion) {
}
