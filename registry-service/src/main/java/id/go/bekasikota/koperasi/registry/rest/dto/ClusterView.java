package id.go.bekasikota.koperasi.registry.rest.dto;

import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A UKM cluster. */
@Schema(name = "Cluster")
public record ClusterView(
        UUID id,
        @Schema(example = "Sentra Boneka Bantargebang") String name,
        @Schema(example = "DOLLS_AND_TOYS") String productCategory,
        @Nullable String description,
        @Nullable UUID hostCooperativeId,
        @Nullable @Schema(example = "Koperasi Boneka Bekasi") String hostCooperativeName,
        @Schema(example = "327507") String kecamatanCode,
        @Schema(example = "Bantargebang") String kecamatanName,
        @Schema(example = "42") long memberCount,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag; send it in If-Match to update") long version) {
}
