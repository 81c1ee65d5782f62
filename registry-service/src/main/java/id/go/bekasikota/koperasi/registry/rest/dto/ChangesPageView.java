package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SavingsLoanScope;
import id.go.bekasikota.koperasi.registry.domain.ChangeCursor;
import id.go.bekasikota.koperasi.registry.domain.RegisterEntry;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A page of the changes feed, oldest first. Send {@code next} back as {@code after} for the
 * following page; on the last page ({@code hasMore} false) keep it and poll again after the
 * {@code Retry-After} seconds.
 */
@Schema(name = "CooperativeChangesPage")
public record ChangesPageView(
        @Schema(maxItems = 1000) List<Change> items,
        @Schema(maxLength = ChangeCursor.MAX_LENGTH, description = "The cursor to send as `after` for the next page (the one sent when the page is empty)",
                example = "YzEuMTIuMA") String next,
        @Schema(description = "More changes follow this page now; when false the reader has caught up") boolean hasMore) {

    /** One change: the cooperative after it. */
    @Schema(name = "CooperativeChange")
    public record Change(
            @Schema(maxLength = ChangeCursor.MAX_LENGTH, description = "Opaque: the place of this change in the feed", example = "YzEuMTIuMA") String cursor,
            @Schema(description = "When the change was written (UTC)") Instant changedAt,
            Entry cooperative) {
    }

    /**
     * A cooperative after a change. The public view (anonymous callers, partners, cooperatives,
     * jurors) leaves out {@code phone}, {@code email} and {@code annualReports}; the full view
     * (officers, auditors, the {@code system} role) has them. Neither carries personal data: board
     * members and supervisors are never in the feed.
     */
    @Schema(name = "CooperativeChangeEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            UUID id,
            @Schema(description = "The cooperative's version after the change (a daily standing evaluation changes status or grade without a new version)") long version,
            @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
            @Schema(maxLength = 200, example = "Koperasi Lima Garuda") String name,
            @Nullable @Schema(maxLength = 100) String legalEntityNumber,
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
            @Nullable @Schema(maxLength = 21, description = "The cooperative's own contact number; full view only") String phone,
            @Nullable @Schema(maxLength = 200, description = "The cooperative's own contact address; full view only") String email,
            @Schema(maxItems = 2000) List<BranchData> branches,
            @Nullable @Schema(description = "Members in the latest RAT report", example = "1716") Integer members,
            @Nullable @Schema(description = "Financial year of the latest RAT report", example = "2025") Integer latestReportYear,
            @Nullable @Schema(description = "Assets in the latest RAT report, whole rupiah", example = "500000000000") Long assets,
            @Nullable LocalDate dissolvedOn,
            @Nullable @Schema(maxLength = 300) String dissolutionLegalBasis,
            @Schema(implementation = ActivityStatus.class, description = "Status as of the day of the change", example = "ACTIVE") String status,
            @Schema(implementation = RatGrade.class, description = "RAT grade as of the day of the change", example = "A") String grade,
            boolean underReactivation,
            @Nullable @Schema(maxItems = RegisterEntry.MAX_STANDING_REPORTS, description = "Full view only: the current RAT reports the standing reads "
                    + "from the day of the change until the cooperative's next change: of the financial years from F-2 (F, the latest due year "
                    + "that day) to the year before it, at most 4, by financial year. Every report and revision is at "
                    + "`GET /api/v1/cooperatives/{id}/annual-reports`") List<AnnualReportSummary> annualReports,
            Instant createdAt,
            Instant updatedAt) {
    }
}
