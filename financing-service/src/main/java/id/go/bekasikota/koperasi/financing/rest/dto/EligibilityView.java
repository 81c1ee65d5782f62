package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.financing.domain.Eligibility;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Whether a cooperative may apply to a program, with every rule's outcome. */
@Schema(name = "LoanEligibility")
public record EligibilityView(
        UUID cooperativeId,
        UUID programId,
        LocalDate asOf,
        @Schema(description = "F: the latest financial year whose RAT report is due as of asOf", example = "2025") int latestDueYear,
        boolean eligible,
        @Schema(maxItems = 9, description = "The explanation of every failed rule", example = "[\"The surplus (SHU) reported for 2025 is -12000000, not positive.\"]")
        List<@Size(max = Eligibility.Check.DETAIL_LENGTH) String> reasons,
        @Schema(maxItems = 9) List<Check> checks) {

    @Schema(name = "EligibilityCheck")
    public record Check(
            @Schema(maxLength = 32, example = "POSITIVE_SURPLUS_LATEST_DUE_YEAR") String rule,
            @Schema(example = "FAILED", enumeration = {"PASSED", "FAILED", "NOT_CHECKED"}) String outcome,
            @Schema(maxLength = Eligibility.Check.DETAIL_LENGTH) String detail) {
    }
}
