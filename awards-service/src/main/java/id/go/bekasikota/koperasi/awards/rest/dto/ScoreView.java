package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A juror's current score of one indicator. */
@Schema(name = "IndicatorScore")
public record ScoreView(UUID nominationId, @Schema(maxLength = Actor.SUBJECT_LENGTH, example = "juri-1@bekasikota.go.id") String juror,
                        @Schema(maxLength = 20, example = "K2") String indicatorCode, @Schema(example = "85") int score, @Nullable @Schema(maxLength = 2000) String comment,
                        @Schema(description = "1 for the first score, one more with every revision", example = "2") int revision,
                        Instant scoredAt,
                        @Schema(description = "Whether the score counts toward the nomination's total: false for a score given"
                                + " during an earlier seat of a juror removed from the jury and seated again (it counts once given again),"
                                + " by a juror no longer on the jury, or by a juror who declared a conflict with the cooperative", example = "true")
                        boolean counts) {
}
