package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Hypothetical actions, evaluated as of a date without writing anything. */
@Schema(name = "ActivationScenarioRequest")
public record ScenarioRequest(
        @Schema(description = "The date of the figures; default today", example = "2026-11-30") LocalDate asOf,
        @NotNull @NotEmpty @Size(max = MAX_ACTIONS)
        @Schema(description = "Applied in order, 1 to " + MAX_ACTIONS) List<@NotNull @Valid Action> actions) {

    public static final int MAX_ACTIONS = 1_000;
    public static final int MAX_REGISTERED = 10_000;

    public enum Type { FILE_REPORT, DISSOLVE, REGISTER }

    /**
     * One action. FILE_REPORT: {@code cooperativeId}, {@code financialYear}, {@code meetingDate}.
     * DISSOLVE: {@code cooperativeId}, {@code dissolvedOn}. REGISTER: {@code count},
     * {@code kecamatanCode}, {@code jenis}, {@code kelompok}, {@code foundedOn} (default asOf).
     * A field of another type is refused.
     */
    @Schema(name = "ActivationScenarioAction", description = """
            FILE_REPORT: cooperativeId, financialYear, meetingDate (a report for a year already reported is a correction).
            DISSOLVE: cooperativeId, dissolvedOn. REGISTER: count, kecamatanCode, jenis, kelompok, foundedOn (default asOf).
            A field that belongs to another type is refused.""")
    public record Action(
            @NotNull @Schema(example = "FILE_REPORT") Type type,
            @Schema(example = "0b8f2f4e-4c1d-4bb1-9c55-2f7d3c1d2a10") UUID cooperativeId,
            @Min(1900) @Max(9999) @Schema(example = "2025") Integer financialYear,
            @Schema(example = "2026-11-30") LocalDate meetingDate,
            @Schema(example = "2026-11-30") LocalDate dissolvedOn,
            @Min(1) @Max(MAX_REGISTERED) @Schema(description = "REGISTER: how many, 1 to " + MAX_REGISTERED, example = "5") Integer count,
            @CodeText @Pattern(regexp = "3275(0[1-9]|1[0-2])", message = "{registry.kecamatan-code.pattern}")
            @Schema(example = "327507") String kecamatanCode,
            @Schema(example = "PRODUSEN") Jenis jenis,
            @Schema(example = "COMMUNITY") Kelompok kelompok,
            @Schema(example = "2026-11-30") LocalDate foundedOn) {
    }
}
