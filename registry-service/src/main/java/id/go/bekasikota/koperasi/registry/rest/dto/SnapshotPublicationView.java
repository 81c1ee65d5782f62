package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.registry.domain.SnapshotPublication;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A publication of every cooperative's snapshot on the compacted snapshot topic. */
@Schema(name = "SnapshotPublication")
public record SnapshotPublicationView(
        UUID id,
        @Schema(enumeration = {"RUNNING", "COMPLETED", "FAILED"}, description = "RUNNING, COMPLETED or FAILED", example = "RUNNING") String state,
        @Schema(maxLength = Actor.SUBJECT_LENGTH, example = "officer@bekasikota.go.id") String requestedBy,
        Instant requestedAt,
        @Schema(description = "Cooperatives in the register when it started", example = "1004") int total,
        @Schema(description = "Snapshots written into the outbox so far (the outbox relay publishes them)", example = "500") int published,
        @Nullable Instant finishedAt,
        @Nullable @Schema(maxLength = SnapshotPublication.FAILURE_LENGTH, description = "Why it FAILED") String failure) {
}
