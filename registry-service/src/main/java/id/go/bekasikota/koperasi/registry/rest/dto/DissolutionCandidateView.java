package id.go.bekasikota.koperasi.registry.rest.dto;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A cooperative with no members' meeting in the three-year window (grade D), not new and not dissolved. */
@Schema(name = "DissolutionCandidate")
public record DissolutionCandidateView(
        UUID id,
        @Nullable @Schema(example = "3275010010001") String cooperativeNumber,
        @Schema(example = "Koperasi Sejahtera Bersama") String name,
        @Schema(example = "327507") String kecamatanCode,
        @Schema(example = "Bantargebang") String kecamatanName,
        @Schema(example = "JASA") String jenis,
        LocalDate foundedOn,
        @Nullable @Schema(description = "Financial year of the last report held by asOf, if any", example = "2021") Integer lastReportedYear,
        @Schema(description = "An open reactivation case follows it") boolean underReactivation) {
}
