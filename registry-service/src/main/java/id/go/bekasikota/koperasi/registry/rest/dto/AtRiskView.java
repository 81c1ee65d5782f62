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
 * The early warning: the cooperatives of a scope ACTIVE today that become INACTIVE on the switch date
 * unless they file, and the scope's figures of that date if none of them does.
 */
@Schema(name = "ActivationAtRisk")
public record AtRiskView(
        @Schema(description = "The office's date the list is computed on", example = "2026-11-30") LocalDate today,
        @Schema(example = "2027-07-01") LocalDate switchOn,
        @Schema(description = "F as of today", example = "2025") int latestDueYear,
        @Schema(description = "F as of switchOn", example = "2026") int latestDueYearOnSwitch,
        @Schema(example = "0.65") BigDecimal target,
        @Schema(description = "The part of the register asked for (`kecamatanCode`, `jenis`, `kelompok`); empty for the whole register") WorklistView.Scope scope,
        @Schema(description = "How many cooperatives of the scope are at risk (every page)", example = "212") long atRisk,
        @Schema(description = "The scope's cooperatives registered (founded, not dissolved) on switchOn", example = "1000") long registeredOnSwitch,
        @Schema(description = "The scope's cooperatives active on switchOn if none of those at risk files", example = "405") long activeOnSwitch,
        @Schema(example = "0.405") BigDecimal ratioOnSwitch,
        @Schema(example = "245") long gapOnSwitch,
        @Schema(maxItems = PageRequest.MAX_SIZE, description = "This page, by cooperative number then id") List<AtRiskItemView> items,
        Page.PageInfo page) {

    @Schema(name = "ActivationAtRiskItem")
    public record AtRiskItemView(
            UUID cooperativeId,
            @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
            @Schema(maxLength = 200, example = "Koperasi Kranggan") String name,
            @Schema(maxLength = 6, example = "327510") String kecamatanCode,
            @Schema(maxLength = 14, example = "Jatisampurna") String kecamatanName,
            @Schema(maxLength = 13, example = "KONSUMEN") String jenis,
            @Schema(maxLength = 17, example = "COMMUNITY") String kelompok,
            @Nullable @Schema(description = "Latest financial year reported; absent when it never reported (a cooperative new today)", example = "2024") Integer latestReportYear,
            @Schema(description = "A reactivation case is open today") boolean underReactivation,
            @Schema(description = "The report that keeps it ACTIVE on switchOn") ActivationStepView step) {
    }
}
