package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An inactive (not dissolved, not new) cooperative as of a date, with what the worklist ranks it by.
 *
 * @param latestReportYear  the latest financial year it reported, its meeting held by the date (null: never)
 * @param windowYears       how many of the window's years (F-2 to F) it reported by the date: 0, or 1 (F-2)
 * @param underReactivation a reactivation case is open on the date
 * @param lastContactOn     the office's latest contact by the date: a case opened or a visit recorded (null: none)
 */
public record WorklistCandidate(UUID id, String cooperativeNumber, String name, String kecamatanCode, String jenis,
                                String kelompok, LocalDate foundedOn, Integer latestReportYear, int windowYears, boolean underReactivation,
                                LocalDate lastContactOn) {
}
