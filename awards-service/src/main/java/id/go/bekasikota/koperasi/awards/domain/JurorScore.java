package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One juror's 0-100 score of one juror-scored indicator of a nomination. */
public record JurorScore(@Schema(maxLength = Actor.SUBJECT_LENGTH) String juror, int score, @Nullable @Schema(maxLength = 2000) String comment) {

    public JurorScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a juror score is 0-100, not " + score);
        }
    }
}
