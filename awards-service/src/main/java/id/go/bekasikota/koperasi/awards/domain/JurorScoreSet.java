package id.go.bekasikota.koperasi.awards.domain;

import java.util.List;

/**
 * One juror's scores of one nomination, taken as a whole: what a scoring form loads and saves. A juror
 * may have the form open twice (two tabs, two devices), so a save must name the set it was made on
 * (DESIGN.md 6: a stale version is refused, never silently overwritten).
 *
 * <p>Its {@link #version()} is the sum of the scores' revisions, 0 before the first. Every accepted save
 * names at least one indicator and raises that score's revision by 1 (a first score from 0 to 1), and no
 * score is ever deleted, so each save raises the version and a form's earlier version never comes back.
 * It is worked out from the scores themselves: no column to keep in step with them.
 */
public record JurorScoreSet(List<JurorScoreRecord> scores) {

    public JurorScoreSet {
        scores = List.copyOf(scores);
    }

    /** The sum of the scores' revisions; 0 while the juror has not scored the nomination. */
    public long version() {
        return scores.stream().mapToLong(score -> score.revision).sum();
    }

    /**
     * A save must name the version once there is something to overwrite; the juror's first scoring of
     * the nomination overwrites nothing, so it may come without (and where it names one, that is 0).
     */
    public boolean versionRequired() {
        return !scores.isEmpty();
    }
}
