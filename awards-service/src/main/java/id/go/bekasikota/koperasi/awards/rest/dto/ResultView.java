package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.ScoreBreakdown;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A nomination's result once the program's scores are finalised. */
@Schema(name = "NominationResult")
public record ResultView(
        @Schema(example = "1") int rank,
        @Schema(description = "Weighted total 0-100, two decimals, half-up", example = "87.25") BigDecimal totalScore,
        boolean winner,
        @Schema(description = "Every number behind the total, per indicator") ScoreBreakdown breakdown) {
}
