package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A cooperative ACTIVE today that becomes INACTIVE on the switch date unless it files.
 *
 * @param latestReportYear  the latest financial year it reported (null: never; a new cooperative)
 * @param underReactivation a reactivation case is open today
 * @param version           the cooperative's version (the aggregate version of a reminder about it)
 */
public record AtRiskCooperative(UUID id, String cooperativeNumber, String name, String kecamatanCode, String jenis,
                                String kelompok, LocalDate foundedOn, Integer latestReportYear, boolean underReactivation,
                                long version) {
}
