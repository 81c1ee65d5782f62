package id.go.bekasikota.koperasi.projection.rebuild;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A rebuild of the projection of the register, as the operator follows it. */
@Schema(name = "ProjectionRebuild")
public record RebuildView(
        UUID id,
        @Schema(implementation = RebuildState.class, description = "REPLAYING_SNAPSHOTS, CATCHING_UP, SWITCHING, COMPLETED or FAILED (nothing changed)",
                example = "CATCHING_UP") String state,
        @Schema(maxLength = Actor.SUBJECT_LENGTH, example = "officer@bekasikota.go.id") String requestedBy,
        Instant requestedAt,
        @Schema(description = "Last progress; a rebuild silent for two minutes is taken as cut off") Instant heartbeatAt,
        @Nullable Instant finishedAt,
        @Schema(description = "Records read from registry.cooperative-snapshot.v1", example = "100000") long snapshotRecords,
        @Schema(description = "Records read from registry.cooperative.v1", example = "412") long liveRecords,
        @Schema(description = "Records that carried no snapshot of a cooperative, passed over", example = "0") long skippedRecords,
        @Schema(description = "Events applied to the fresh table", example = "100412") long eventsApplied,
        @Schema(description = "Records left to read up to the end the current phase aims at", example = "0") long lag,
        @Nullable @Schema(description = "Cooperatives in the projection after the switch", example = "100000") Long rows,
        @Nullable @Schema(maxLength = FAILURE_LENGTH, description = "Why it FAILED (cut to this length: an exception's message can be any length)") String failure) {

    public static final int FAILURE_LENGTH = 2000;

    static RebuildView of(ProjectionRebuild r) {
        return new RebuildView(r.id, r.state.name(), r.requestedBy, r.requestedAt, r.heartbeatAt, r.finishedAt, r.snapshotRecords,
                r.liveRecords, r.skippedRecords, r.eventsApplied, r.lag, r.rows,
                Problem.clip(r.failure, FAILURE_LENGTH));
    }
}
