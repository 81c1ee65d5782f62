package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.registry.domain.ClusterHistoryEntry;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One line of a cluster's history: who created or changed it, who added or removed a member business, when. */
@Schema(name = "ClusterHistoryEntry")
public record ClusterHistoryView(
        @Schema(example = "MEMBER_REMOVED") ClusterHistoryEntry.Action action,
        @Nullable @Schema(description = "The member business a MEMBER_ADDED or MEMBER_REMOVED line is about (a removed one is gone from the cluster)")
        UUID memberId,
        @Nullable @Schema(maxLength = 200, description = "Its business name (never its owner's name)", example = "Dodol Betawi Bu Haji") String businessName,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "The account that wrote; absent for what was there before the history was kept",
                example = "officer@bekasikota.go.id") String actor,
        @Nullable @Schema(maxLength = 11, description = "The account's role; absent with the actor", example = "officer") String actorRole,
        Instant occurredAt) {
}
