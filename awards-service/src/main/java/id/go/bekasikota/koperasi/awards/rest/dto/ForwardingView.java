package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.AwardLevel;
import id.go.bekasikota.koperasi.awards.domain.ForwardingOutcome;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A winner forwarded to the next round, with the outcome there once recorded. */
@Schema(name = "Forwarding")
public record ForwardingView(
        UUID id,
        @Schema(example = "CITY") AwardLevel fromLevel,
        @Schema(example = "PROVINCE") AwardLevel toLevel,
        @Schema(example = "2026-07-20") LocalDate forwardedOn,
        @Nullable @Schema(maxLength = 2000) String note,
        @Schema(example = "WINNER") ForwardingOutcome outcome,
        @Nullable @Schema(description = "Rank at the next round for a WINNER", example = "2") Integer outcomeRank,
        @Nullable @Schema(example = "2026-09-15") LocalDate decidedOn,
        @Nullable @Schema(maxLength = 2000) String outcomeNote) {
}
