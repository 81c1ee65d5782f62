package id.go.bekasikota.koperasi.awards.domain;

import jakarta.annotation.Nullable;

/** One juror's 0-100 score of one juror-scored indicator of a nomination. */
public record JurorScore(String juror, int score, @Nullable String comment) {

    public JurorScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a juror score is 0-100, not " + score);
        }
    }
}
