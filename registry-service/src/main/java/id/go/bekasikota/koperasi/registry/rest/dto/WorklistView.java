package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The office's worklist to the target for a scope: where the scope stands, and a page of its
 * inactive cooperatives in the order to work on them, with the ratio after the first k steps.
 */
@Schema(name = "ActivationWorklist")
public record WorklistView(
        LocalDate asOf,
        @Schema(description = "F as of asOf", example = "2025") int latestDueYear,
        @Schema(example = "0.65") BigDecimal target,
        Scope scope,
        @Schema(description = "Founded by asOf and not dissolved by then, in the scope", example = "1000") long registered,
        @Schema(example = "617") long active,
        @Schema(description = "Inactive (not dissolved, not new): every one of them is an item of the list", example = "383") long inactive,
        @Schema(example = "0.617") BigDecimal ratio,
        @Schema(description = "max(0, ceil(target x registered) - active): the first `gap` steps reach the target", example = "33") long gap,
        @Schema(maxItems = PageRequest.MAX_SIZE, description = "The items of this page, ranked") List<WorklistItemView> items,
        Page.PageInfo page) {

    /** The part of the register asked for; null fields do not narrow it. */
    @Schema(name = "ActivationScope")
    public record Scope(@Nullable @Schema(maxLength = 6, example = "327501") String kecamatanCode, @Nullable @Schema(maxLength = 13, example = "SIMPAN_PINJAM") String jenis,
                        @Nullable @Schema(maxLength = 17, example = "COMMUNITY") String kelompok) {
    }

    /**
     * @param rank       the position in the whole list, from 1
     * @param ratioAfter the scope's ratio once the steps of ranks 1 to this one are taken
     * @param gapAfter   the gap then left (0: the target is reached)
     */
    @Schema(name = "ActivationWorklistItem")
    public record WorklistItemView(
            @Schema(example = "1") int rank,
            UUID cooperativeId,
            @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
            @Schema(maxLength = 200, example = "Koperasi Boneka Bekasi") String name,
            @Schema(maxLength = 6, example = "327507") String kecamatanCode,
            @Schema(maxLength = 14, example = "Bantargebang") String kecamatanName,
            @Schema(maxLength = 13, example = "PRODUSEN") String jenis,
            @Schema(maxLength = 17, example = "COMMUNITY") String kelompok,
            @Schema(maxLength = 3, description = "RAT grade as of asOf", example = "C2") String grade,
            @Nullable @Schema(description = "Latest financial year reported (meeting held by asOf); absent when it never reported", example = "2023") Integer latestReportYear,
            @Schema(description = "A reactivation case is open on asOf") boolean underReactivation,
            @Nullable @Schema(description = "The office's latest contact by asOf: a case opened or a visit recorded") LocalDate lastContactOn,
            ActivationStepView step,
            @Schema(example = "0.618") BigDecimal ratioAfter,
            @Schema(example = "32") long gapAfter) {
    }
}
