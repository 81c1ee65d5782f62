package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.awards.domain.AwardEligibility;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.ScoreBreakdown;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The ranking of a program's nominations with every number explained. */
@Schema(name = "Ranking")
public record RankingView(
        UUID programId,
        ProgramState state,
        @Schema(description = "True while the program is OPEN: scores may still change") boolean provisional,
        @Schema(description = "F: the financial year computed indicators are measured for", example = "2024") int assessedFinancialYear,
        @Schema(example = "3") int winners,
        @Schema(maxItems = PageRequest.MAX_SIZE, description = "This page of the ranking (at most `size` entries): total descending, then the keuangan subtotal descending, then cooperative number ascending") List<Entry> entries,
        @Schema(description = "Where this page stands in the whole ranking: `totalItems` nominations are ranked") Page.PageInfo page) {

    @Schema(name = "RankingEntry")
    public record Entry(
            @Schema(example = "1") int rank,
            UUID nominationId,
            UUID cooperativeId,
            @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
            @Schema(maxLength = 200, example = "Koperasi Boneka Bekasi") String cooperativeName,
            @Schema(example = "87.25") BigDecimal totalScore,
            @Nullable @Schema(description = "Weighted mean of the KEUANGAN indicators (first tie-break)", example = "90.00") BigDecimal keuanganSubtotal,
            @Schema(description = "Among the top `winners`: while OPEN, of the nominations that would still be given the award (one with "
                    + "`eligibilityReasons` is not, and the next one takes its place); fixed once finalised") boolean winner,
            @Schema(description = "Every assigned juror without a conflict of interest has scored every juror-scored indicator of it: "
                    + "what finalisation needs of each nomination") boolean complete,
            ScoreBreakdown breakdown,
            @Nullable @Schema(maxItems = 5, description = "While OPEN: why the cooperative would not be given the award (the rules as of the assessment date, and a loan DEFAULTED or a dissolution since its nomination); finalisation is refused until such a nomination is withdrawn; empty when it would be; absent once finalised", example = "[\"Has 1 DEFAULTED loan.\"]") List<@Size(max = AwardEligibility.Check.DETAIL_LENGTH) String> eligibilityReasons) {
    }
}
