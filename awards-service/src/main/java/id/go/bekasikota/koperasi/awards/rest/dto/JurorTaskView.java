package id.go.bekasikota.koperasi.awards.rest.dto;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A nomination the calling juror is to score, with the juror's own scores so far. */
@Schema(name = "JurorTask")
public record JurorTaskView(
        UUID nominationId,
        UUID programId,
        @Schema(maxLength = 200, example = "Koperasi Berprestasi Kota Bekasi 2026 - Produsen") String programName,
        UUID cooperativeId,
        @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
        @Schema(maxLength = 200, example = "Koperasi Boneka Bekasi") String cooperativeName,
        @Schema(maxItems = 50, description = "Codes of the sheet's JUROR indicators", example = "[\"K2\", \"U2\"]") List<@Size(max = 20) String> indicatorsToScore,
        @Schema(maxItems = 50) List<ScoreView> myScores) {
}
