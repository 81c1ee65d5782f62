package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A reactivation case with its visits, oldest first. */
@Schema(name = "ReactivationCase")
public record ReactivationCaseView(
        UUID id,
        UUID cooperativeId,
        @Schema(enumeration = {"OPEN", "CLOSED"}, example = "OPEN") String status,
        LocalDate openedOn,
        @Schema(maxLength = Actor.SUBJECT_LENGTH) String openedBy,
        @Schema(maxLength = 2000) String reason,
        @Nullable LocalDate closedOn,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH) String closedBy,
        @Nullable @Schema(enumeration = {"REACTIVATED", "DISSOLVED"}, description = "REACTIVATED (a report made it ACTIVE) or DISSOLVED", example = "REACTIVATED") String outcome,
        List<Visit> visits,
        long version) {

    @Schema(name = "ReactivationVisit")
    public record Visit(LocalDate visitedOn, @Schema(maxLength = 4000) String notes, @Nullable @Schema(maxLength = 2000) String nextSteps, @Schema(maxLength = Actor.SUBJECT_LENGTH) String recordedBy, Instant recordedAt) {
    }
}
