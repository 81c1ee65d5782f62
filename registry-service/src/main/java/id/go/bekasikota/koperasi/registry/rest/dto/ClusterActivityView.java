package id.go.bekasikota.koperasi.registry.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One revision of a cluster's activity of a period; {@code current} is the one that counts. */
@Schema(name = "ClusterActivity")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterActivityView(
        UUID id,
        UUID clusterId,
        @Schema(maxLength = 7, example = "2026-Q1") String period,
        @Schema(maxLength = 7, example = "QUARTER") String periodType,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "1 when first recorded, one more with each correction; the current one is the ETag's part before the dot", example = "1") int revision,
        boolean current,
        @Schema(maxItems = 50) List<ClusterActivityRequest.Purchase> purchases,
        @Schema(maxItems = 50) List<ClusterActivityRequest.Production> production,
        @Schema(maxItems = 20) List<ClusterActivityRequest.Sale> sales,
        @Schema(example = "214") int jobs,
        @Schema(example = "42000000") long purchasesValue,
        @Schema(example = "240000000") long productionValue,
        @Schema(example = "200000000") long salesValue,
        @Nullable @Schema(maxLength = 1000, description = "Free text of whoever recorded it: officers, auditors and the host cooperative only (it may name people)") String note,
        Instant recordedAt,
        @Schema(maxLength = 11, description = "officer or cooperative (the host cooperative's account)", example = "cooperative") String recordedAs,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "The account that recorded it: officers, auditors and the host cooperative only") String recordedBy) {
}
