package id.go.bekasikota.koperasi.registry.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A business in a cluster; {@code ownerName} is left out for the public. */
@Schema(name = "ClusterMember")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterMemberView(
        UUID id,
        UUID clusterId,
        @Schema(maxLength = 200, example = "Boneka Ceria") String businessName,
        @Nullable @Schema(maxLength = 200, description = "Officers and auditors only", example = "Ibu Yati") String ownerName,
        @Schema(maxLength = 1000, example = "Stuffed dolls, plush keychains") String products,
        @Schema(maxLength = 6, example = "327507") String kecamatanCode,
        LocalDate joinedOn) {
}
