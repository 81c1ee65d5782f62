package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.registry.domain.CooperativeHistoryEntry;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a cooperative's history: who registered, changed or dissolved it, when, and which fields a change touched. */
@Schema(name = "CooperativeHistoryEntry")
public record CooperativeHistoryView(
        @Nullable @Schema(description = "The cooperative's version the write left (0 for the registration); absent for a dissolution"
                + " recorded before the history was kept", example = "3") Long cooperativeVersion,
        @Schema(description = "REGISTERED (by an officer, or an import's row), UPDATED (a full or partial update, or an import's row), DISSOLVED",
                example = "UPDATED") CooperativeHistoryEntry.Action action,
        @Schema(maxItems = 30, description = "For UPDATED, the names of the fields that changed (their values are not kept here: the"
                + " board's identity numbers stay in the cooperative's own record); empty otherwise", example = "[\"board\", \"phone\"]")
        List<@Size(max = 40) String> changedFields,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "The account that wrote; absent for a cooperative registered before the"
                + " history was kept", example = "officer@bekasikota.go.id") String actor,
        @Nullable @Schema(maxLength = 11, description = "The account's role; absent with the actor", example = "officer") String actorRole,
        @Nullable @Schema(description = "The import the write was a row of (`GET /api/v1/cooperative-imports/{id}`)") UUID importId,
        Instant occurredAt) {
}
