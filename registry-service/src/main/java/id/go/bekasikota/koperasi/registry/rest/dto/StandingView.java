package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Status and grade of a cooperative as of a date, with the reasons. */
@Schema(name = "Standing")
public record StandingView(
        UUID cooperativeId,
        LocalDate asOf,
        @Schema(description = "F: the latest financial year whose RAT report is due", example = "2025") int latestDueYear,
        @Schema(implementation = ActivityStatus.class, example = "ACTIVE") String status,
        @Schema(implementation = RatGrade.class, example = "B") String grade,
        boolean newCooperative,
        boolean dissolutionCandidate,
        @Schema(description = "A reactivation case was open on asOf and the cooperative INACTIVE on it, as the dashboard counts it (it stays INACTIVE, flagged, until a report brings it back; ACTIVE or DISSOLVED on asOf is never flagged, even where the case was closed only later)")
        boolean underReactivation,
        @Schema(maxItems = 3) List<Integer> reportedWindowYears,
        @Schema(maxItems = 4) List<@Size(max = 200) String> reasons,
        @Nullable @Schema(description = "On the standing of today only: the one RAT report that makes the cooperative ACTIVE today "
                + "when it is INACTIVE (`meetingBy` today), or that keeps it ACTIVE on the next 1 July, when the due year moves on and "
                + "it would lapse by today's facts (`meetingBy` that day: its status changes then). Absent when nothing is due before "
                + "the next 1 July, for a dissolved cooperative, and on the standing of another date") ActivationStepView nextStep) {
}
