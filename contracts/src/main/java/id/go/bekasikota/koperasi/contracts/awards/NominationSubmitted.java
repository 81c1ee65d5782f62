package id.go.bekasikota.koperasi.contracts.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cooperative was nominated for an award program.
 *
 * @param category         OUTSTANDING_PER_JENIS, MODEL_COOPERATIVE or ON_TIME_RAT
 * @param jenis            the program's jenis for OUTSTANDING_PER_JENIS, else null
 * @param level            CITY, PROVINCE or NATIONAL
 * @param nominatedBy      officer or cooperative (self-nomination)
 * @param aggregateVersion increases with every event of the nomination; consumers skip strictly older ones
 */
public record NominationSubmitted(UUID nominationId, UUID programId, int year, String category, String jenis, String level,
                                  UUID cooperativeId, String cooperativeNumber, String nominatedBy, LocalDate submittedOn,
                                  Instant occurredAt, long aggregateVersion) {
}
