package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.NominationState;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A nomination. The result shows to the office once finalised, to the cooperative once announced. */
@Schema(name = "Nomination")
public record NominationView(
        UUID id,
        UUID programId,
        UUID cooperativeId,
        @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
        @Schema(maxLength = 200, example = "Koperasi Boneka Bekasi") String cooperativeName,
        @Schema(description = "SUBMITTED (in the running), WITHDRAWN, RANKED (scores finalised), FORWARDED (a winner sent to the next round), OUTCOME_RECORDED (that round decided)", example = "SUBMITTED") NominationState state,
        @Nullable @Schema(maxLength = 4000) String statement,
        @Nullable @Schema(description = "Set on a re-nomination: the withdrawn nomination of the same cooperative in the same program it follows") UUID previousNominationId,
        @Schema(maxLength = 11, description = "officer or cooperative (self-nomination)", example = "officer") String nominatedBy,
        @Schema(example = "2026-05-10") LocalDate submittedOn,
        @Schema(maxItems = 5, description = "Every eligibility check as it stood at the nomination") List<EligibilityView.Check> eligibility,
        @Nullable LocalDate withdrawnOn,
        @Nullable @Schema(maxLength = 2000) String withdrawalReason,
        @Nullable @Schema(description = "Absent until the result may be shown to the caller") ResultView result,
        @Nullable @Schema(description = "Set once the winner was forwarded to the next round") ForwardingView forwarding,
        Instant createdAt,
        @Schema(description = "When the nomination (nominated, withdrawn, ranked, forwarded, its outcome recorded; the jury's scores change on their own) last changed") Instant updatedAt,
        @Schema(description = "The version: the ETag's part before the dot, which If-Match compares", example = "2") long version) {
}
