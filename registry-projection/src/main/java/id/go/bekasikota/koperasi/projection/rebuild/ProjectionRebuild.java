package id.go.bekasikota.koperasi.projection.rebuild;

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

/** A rebuild of a projection: who asked, when, and how far it got (kept for audit). */
@Entity
@Table(name = "projection_rebuild")
public class ProjectionRebuild extends PanacheEntityBase {

    @Id
    public UUID id;
    public String projection;
    @Enumerated(EnumType.STRING)
    public RebuildState state;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** Records read from the compacted snapshot topic. */
    @Column(name = "snapshot_records")
    public long snapshotRecords;
    /** Records read from the live topic. */
    @Column(name = "live_records")
    public long liveRecords;
    /** Records that were no snapshot of a cooperative (poison on the topic), passed over. */
    @Column(name = "skipped_records")
    public long skippedRecords;
    /** Events applied to the fresh table (a stale one changes nothing there either). */
    @Column(name = "events_applied")
    public long eventsApplied;
    /** Records left to read up to the end the current phase aims at. */
    public long lag;
    /** Cooperatives in the projection after the switch. */
    public Long rows;
    public String failure;

    public static ProjectionRebuild requested(String projection, String requestedBy, Instant now) {
        ProjectionRebuild rebuild = new ProjectionRebuild();
        rebuild.id = UUID.randomUUID();
        rebuild.projection = projection;
        rebuild.state = RebuildState.REPLAYING_SNAPSHOTS;
        rebuild.requestedBy = requestedBy;
        rebuild.requestedAt = now;
        rebuild.heartbeatAt = now;
        return rebuild;
    }

    /** Not finished and silent for longer than {@code silence}: its instance stopped or crashed. */
    public boolean cutOff(Instant now, Duration silence) {
        return finishedAt == null && heartbeatAt.plus(silence).isBefore(now);
    }

    public void failed(String reason, Instant now) {
        state = RebuildState.FAILED;
        failure = reason;
        heartbeatAt = now;
        finishedAt = now;
    }
}
