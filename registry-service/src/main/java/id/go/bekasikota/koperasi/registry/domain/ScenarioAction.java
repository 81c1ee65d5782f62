package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A hypothetical change of the register, evaluated by {@link Scenario} without writing anything. */
public sealed interface ScenarioAction {

    /** The cooperative files (or corrects) its RAT report for a financial year, its meeting held on a date. */
    record FileReport(UUID cooperativeId, int financialYear, LocalDate meetingDate) implements ScenarioAction {
    }

    /** The cooperative is dissolved on a date (it then leaves the denominator). */
    record Dissolve(UUID cooperativeId, LocalDate dissolvedOn) implements ScenarioAction {
    }

    /** {@code count} new cooperatives are registered, founded on a date, in one kecamatan, jenis and kelompok. */
    record Register(int count, String kecamatanCode, String jenis, String kelompok, LocalDate foundedOn) implements ScenarioAction {
    }
}
