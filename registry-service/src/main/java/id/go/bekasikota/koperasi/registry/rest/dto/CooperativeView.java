package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SavingsLoanScope;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
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
        @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
        @Schema(maxLength = 200, example = "Koperasi Lima Garuda") String name,
        @Nullable @Schema(maxLength = 100, example = "518.08/96/BH/XIV.10/VIII/2008") String legalEntityNumber,
        @Nullable LocalDate legalEntityDate,
        @Schema(implementation = Jenis.class, example = "SIMPAN_PINJAM") String jenis,
        @Schema(implementation = Bentuk.class, example = "PRIMER") String bentuk,
        @Schema(implementation = Kelompok.class, example = "COMMUNITY") String kelompok,
        @Nullable @Schema(maxLength = 5, example = "64141") String kbliCode,
        @Nullable @Schema(maxLength = 4, example = "2020") String kbliEdition,
        @Nullable @Schema(implementation = SavingsLoanScope.class, example = "CLOSED_LOOP") String savingsLoanScope,
        @Nullable @Schema(maxLength = 300) String address,
        @Schema(maxLength = 6, example = "327501") String kecamatanCode,
        @Schema(maxLength = 14, example = "Bekasi Timur") String kecamatanName,
        @Nullable @Schema(maxLength = 100) String kelurahan,
        LocalDate foundedOn,
        @Nullable @Schema(maxLength = 21, description = "The cooperative's own contact number: officers, auditors, the cooperative itself and other government systems (`system`) only") String phone,
        @Nullable @Schema(maxLength = 200, description = "The cooperative's own address: officers, auditors, the cooperative itself and other government systems (`system`) only") String email,
        @Nullable @Schema(maxItems = 50, description = "Pengurus; officers, auditors and the cooperative itself only, and only in one cooperative's view, never in a search's page") List<OfficeHolderData> board,
        @Nullable @Schema(maxItems = 50, description = "Pengawas; officers, auditors and the cooperative itself only, and only in one cooperative's view, never in a search's page") List<OfficeHolderData> supervisors,
        @Schema(maxItems = 2000) List<BranchData> branches,
        @Nullable @Schema(description = "Members (male + female) in the latest RAT report", example = "1716") Integer members,
        @Nullable @Schema(description = "Financial year of the latest RAT report", example = "2025") Integer latestReportYear,
        @Nullable @Schema(description = "Assets in the latest RAT report, whole rupiah", example = "500000000000") Long assets,
        @Nullable LocalDate dissolvedOn,
        @Nullable @Schema(maxLength = 300) String dissolutionLegalBasis,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "Who recorded the dissolution; officers, auditors and the cooperative itself only (none for one recorded before it was kept)", example = "officer@bekasikota.go.id") String dissolvedBy,
        @Nullable @Schema(description = "When the dissolution was recorded; officers, auditors and the cooperative itself only") Instant dissolutionRecordedAt,
        @Schema(implementation = ActivityStatus.class, description = "Status as of today", example = "ACTIVE") String status,
        @Schema(implementation = RatGrade.class, description = "RAT grade as of today", example = "A") String grade,
        @Schema(description = "An open reactivation case follows this dormant cooperative") boolean underReactivation,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The version: the ETag's part before the dot, which If-Match compares (the status and grade as of today may change the ETag, not the version)") long version) {
}
