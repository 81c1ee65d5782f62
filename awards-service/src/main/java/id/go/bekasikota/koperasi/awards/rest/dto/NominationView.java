package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.NominationState;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A nomination. The result shows to the office once finalised, to the cooperative once announced. */
@Schema(name = "Nomination")
public record NominationView(
        UUID id,
        UUID programId,
        UUID cooperativeId,
        @Nullable @Schema(example = "3275010010001") String cooperativeNumber,
        @Schema(example = "Koperasi Boneka Bekasi") String cooperativeName,
        @Schema(description = "SUBMITTED (in the running), WITHDRAWN, RANKED (scores finalised), FORWARDED (a winner sent to the next round), OUTCOME_RECORDED (that round decided)", example = "SUBMITTED") NominationState state,
        @Nullable String statement,
        @Nullable @Schema(description = "Set on a re-nomination: the withdrawn nomination of the same cooperative in the same program it follows") UUID previousNominationId,
        @Schema(description = "officer or cooperative (self-nomination)", example = "officer") String nominatedBy,
        @Schema(example = "2026-05-10") LocalDate submittedOn,
        @Schema(description = "Every eligibility check as it stood at the nomination") List<EligibilityView.Check> eligibility,
        @Nullable LocalDate withdrawnOn,
        @Nullable String withdrawalReason,
        @Nullable @Schema(description = "Absent until the result may be shown to the caller") ResultView result,
        @Nullable @Schema(description = "Set once the winner was forwarded to the next round") ForwardingView forwarding) {
}
