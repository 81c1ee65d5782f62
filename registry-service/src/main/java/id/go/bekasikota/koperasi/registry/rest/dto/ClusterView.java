package id.go.bekasikota.koperasi.registry.rest.dto;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A UKM cluster. */
@Schema(name = "Cluster")
public record ClusterView(
        UUID id,
        @Schema(maxLength = 200, example = "Sentra Boneka Bantargebang") String name,
        @Schema(maxLength = 23, example = "DOLLS_AND_TOYS") String productCategory,
        @Nullable @Schema(maxLength = 2000) String description,
        @Nullable UUID hostCooperativeId,
        @Nullable @Schema(maxLength = 200, example = "Koperasi Boneka Bekasi") String hostCooperativeName,
        @Schema(maxLength = 6, example = "327507") String kecamatanCode,
        @Schema(maxLength = 14, example = "Bantargebang") String kecamatanName,
        @Schema(example = "42") long memberCount,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The version: the ETag's part before the dot, which If-Match compares") long version) {
}
