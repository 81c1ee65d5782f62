package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An officer's publication of every cooperative's snapshot on the compacted snapshot topic (for
 * what was written before the topic existed): who asked, when, and how far it got.
 */
@Entity
@Table(name = "snapshot_publication")
public class SnapshotPublication extends PanacheEntityBase {

    public enum State { RUNNING, COMPLETED, FAILED }

    /** The longest {@code failure} kept (an exception's message can be any length). */
    public static final int FAILURE_LENGTH = 2000;

    @Id
    public UUID id;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Enumerated(EnumType.STRING)
    public State state;
    /** Cooperatives in the register when it started. */
    public int total;
    public int published;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public String failure;

    public static SnapshotPublication start(String requestedBy, Instant now, int total) {
        SnapshotPublication publication = new SnapshotPublication();
        publication.id = UUID.randomUUID();
        publication.requestedBy = requestedBy;
        publication.requestedAt = now;
        publication.heartbeatAt = now;
        publication.state = State.RUNNING;
        publication.total = total;
        return publication;
    }

    public void progressed(int batch, Instant now) {
        published += batch;
        heartbeatAt = now;
    }

    public void completed(Instant now) {
        state = State.COMPLETED;
        heartbeatAt = now;
        finishedAt = now;
    }

    public void failed(String reason, Instant now) {
        state = State.FAILED;
        failure = Problem.clip(reason, FAILURE_LENGTH);
        heartbeatAt = now;
        finishedAt = now;
    }

    /** Still RUNNING without progress for longer than {@code silence}: its instance stopped or crashed. */
    public boolean cutOff(Instant now, Duration silence) {
        return state == State.RUNNING && heartbeatAt.plus(silence).isBefore(now);
    }
}
