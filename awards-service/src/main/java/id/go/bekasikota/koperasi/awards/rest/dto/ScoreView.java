package id.go.bekasikota.koperasi.awards.rest.dto;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A juror's current score of one indicator. */
@Schema(name = "IndicatorScore")
public record ScoreView(UUID nominationId, @Schema(example = "juri-1@bekasikota.go.id") String juror,
                        @Schema(example = "K2") String indicatorCode, @Schema(example = "85") int score, @Nullable String comment,
                        @Schema(description = "1 for the first score, one more with every revision", example = "2") int revision,
                        Instant scoredAt) {
}
