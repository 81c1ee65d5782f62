package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cooperative that is not new, not dissolved and graded D as of a date: no members' meeting in
 * the three-year window.
 *
 * @param lastReportedYear the financial year of the last report held by the date, if any
 */
public record DissolutionCandidate(UUID id, String cooperativeNumber, String name, String kecamatanCode, String kecamatanName,
                                   String jenis, LocalDate foundedOn, Integer lastReportedYear, boolean underReactivation) {
}
