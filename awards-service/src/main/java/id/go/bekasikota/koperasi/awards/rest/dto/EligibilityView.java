package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.AwardEligibility;
import id.go.bekasikota.koperasi.awards.domain.AwardEligibilityRule;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Award eligibility of a cooperative for a program as of a date (DESIGN.md 3.1), every rule with its outcome. */
@Schema(name = "AwardEligibility")
public record EligibilityView(
        UUID cooperativeId,
        UUID programId,
        @Schema(example = "2026-05-10") LocalDate asOf,
        @Schema(description = "F as of asOf", example = "2024") int latestDueYear,
        boolean eligible,
        @Schema(maxItems = 5, description = "The failed rules' explanations, in rule order", example = "[\"Has 1 DEFAULTED loan.\"]") List<@Size(max = AwardEligibility.Check.DETAIL_LENGTH) String> reasons,
        @Schema(maxItems = 5) List<Check> checks,
        @Schema(description = "Whether a nomination of the cooperative for the program would be taken today: eligible, and no obstacle;"
                + " for a cooperative's own token its self-nomination, for the office's (an auditor's too, which reads for it, though"
                + " only an officer nominates) an officer's nomination") boolean nominable,
        @Schema(maxItems = 5, description = "What besides eligibility would refuse the nomination today, in the order a nomination meets"
                + " them: a self-nomination the program does not take, the program past OPEN, a nomination in the running, the window,"
                + " the re-nomination limit (two after withdrawals)", example = "[\"Nominations are accepted from 2026-04-01 to 2026-05-31, not on 2026-06-02.\"]")
        List<@Size(max = AwardEligibility.Check.DETAIL_LENGTH) String> obstacles) {

    @Schema(name = "AwardEligibilityCheck")
    public record Check(AwardEligibilityRule rule, boolean passed,
                        @Schema(maxLength = AwardEligibility.Check.DETAIL_LENGTH, example = "RAT reports for 2023 and 2024.") String detail) {
    }
}
