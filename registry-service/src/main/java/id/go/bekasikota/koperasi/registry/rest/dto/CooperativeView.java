package id.go.bekasikota.koperasi.registry.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cooperative as the API shows it. Anonymous callers and other cooperatives get the public
 * view: contact data ({@code phone}, {@code email}), board and supervisors are left out.
 */
@Schema(name = "Cooperative")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CooperativeView(
        UUID id,
        @Schema(example = "3275010010001") String cooperativeNumber,
        @Schema(example = "Koperasi Lima Garuda") String name,
        @Schema(example = "518.08/96/BH/XIV.10/VIII/2008") String legalEntityNumber,
        LocalDate legalEntityDate,
        @Schema(example = "SIMPAN_PINJAM") String jenis,
        @Schema(example = "PRIMER") String bentuk,
        @Schema(example = "COMMUNITY") String kelompok,
        @Schema(example = "64141") String kbliCode,
        @Schema(example = "2020") String kbliEdition,
        @Schema(example = "CLOSED_LOOP") String savingsLoanScope,
        String address,
        @Schema(example = "327501") String kecamatanCode,
        @Schema(example = "Bekasi Timur") String kecamatanName,
        String kelurahan,
        LocalDate foundedOn,
        @Schema(description = "Officers, auditors and the cooperative itself only") String phone,
        @Schema(description = "Officers, auditors and the cooperative itself only") String email,
        @Schema(description = "Pengurus; officers, auditors and the cooperative itself only") List<OfficeHolderData> board,
        @Schema(description = "Pengawas; officers, auditors and the cooperative itself only") List<OfficeHolderData> supervisors,
        List<BranchData> branches,
        @Schema(description = "Members (male + female) in the latest RAT report", example = "1716") Integer members,
        @Schema(description = "Financial year of the latest RAT report", example = "2025") Integer latestReportYear,
        @Schema(description = "Assets in the latest RAT report, whole rupiah", example = "500000000000") Long assets,
        LocalDate dissolvedOn,
        String dissolutionLegalBasis,
        @Schema(description = "Status as of today", example = "ACTIVE") String status,
        @Schema(description = "RAT grade as of today", example = "A") String grade,
        @Schema(description = "An open reactivation case follows this dormant cooperative") boolean underReactivation,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag; send it in If-Match to update") long version) {
}
