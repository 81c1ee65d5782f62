package id.go.bekasikota.koperasi.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A juror's current score of one juror-scored indicator of a nomination; {@code revision} counts
 * its revisions (every one is in the nomination's history with the value it replaced), and the
 * revisions of a juror's scores of a nomination add up to their version ({@link JurorScoreSet}). It
 * stays when the nomination is withdrawn.
 */
@Entity
@Table(name = "juror_score")
public class JurorScoreRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "nomination_id")
    public UUID nominationId;
    public String juror;
    @Column(name = "indicator_code")
    public String indicatorCode;
    public int score;
    public String comment;
    public int revision;
    @Column(name = "scored_at")
    public Instant scoredAt;
    /** The juror's seat on the jury ({@link JurorAssignment#id}) it was last given in; null for a seat since removed in old data. */
    @Column(name = "seat_id")
    public UUID seatId;

    static JurorScoreRecord first(UUID nominationId, String juror, String indicatorCode) {
        JurorScoreRecord record = new JurorScoreRecord();
        record.id = UUID.randomUUID();
        record.nominationId = nominationId;
        record.juror = juror;
        record.indicatorCode = indicatorCode;
        return record;
    }

    /** Replaces the score, given in the juror's current seat; the revision counts up. */
    void revise(int newScore, String newComment, UUID seat, Instant at) {
        score = newScore;
        comment = newComment;
        revision++;
        seatId = seat;
        scoredAt = at;
    }

    public JurorScore toScore() {
        return new JurorScore(juror, score, comment);
    }
}
