package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an inactive cooperative stands in the worklist's order ({@link Worklist#ORDER}): the facts
 * it is ranked by, and nothing else.
 *
 * @param underReactivation a reactivation case is open on the date
 * @param lastContactOn     the office's latest contact by the date (null: none)
 * @param latestReportYear  the latest financial year it reported (null: never)
 * @param cooperativeNumber its cooperative number (null: none)
 */
public record WorklistPlace(UUID id, boolean underReactivation, LocalDate lastContactOn, Integer latestReportYear,
                            String cooperativeNumber) {
}
