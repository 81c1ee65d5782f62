package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A reactivation case with its latest visits (at most {@link ReactivationCase#LATEST_VISITS_SHOWN}, oldest of them
 * first); {@code visitCount} counts them all, and the case's {@code /visits} pages through every one.
 */
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
        @Schema(maxItems = ReactivationCase.LATEST_VISITS_SHOWN, description = "The latest visits, at most 20, in the order they were recorded; "
                + "when `visitCount` is more than 20, the earlier ones are at `GET .../reactivation-cases/{caseId}/visits`") List<Visit> visits,
        @Schema(description = "How many visits the case has: all of them are at the case's `/visits`", example = "3") int visitCount,
        long version) {

    @Schema(name = "ReactivationVisit")
    public record Visit(LocalDate visitedOn, @Schema(maxLength = 4000) String notes, @Nullable @Schema(maxLength = 2000) String nextSteps, @Schema(maxLength = Actor.SUBJECT_LENGTH) String recordedBy, Instant recordedAt) {
    }
}
