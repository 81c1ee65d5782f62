package id.go.bekasikota.koperasi.registry.rest.dto;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A cooperative with no members' meeting in the three-year window (grade D), not new and not dissolved. */
@Schema(name = "DissolutionCandidate")
public record DissolutionCandidateView(
        UUID id,
        @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
        @Schema(maxLength = 200, example = "Koperasi Sejahtera Bersama") String name,
        @Schema(maxLength = 6, example = "327507") String kecamatanCode,
        @Schema(maxLength = 14, example = "Bantargebang") String kecamatanName,
        @Schema(maxLength = 13, example = "JASA") String jenis,
        LocalDate foundedOn,
        @Nullable @Schema(description = "Financial year of the last report held by asOf, if any", example = "2021") Integer lastReportedYear,
        @Schema(description = "An open reactivation case follows it") boolean underReactivation) {
}
