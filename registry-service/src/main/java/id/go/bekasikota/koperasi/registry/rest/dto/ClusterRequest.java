package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.platform.text.FreeText;
import id.go.bekasikota.koperasi.platform.text.NameText;
import id.go.bekasikota.koperasi.registry.domain.ProductCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A UKM cluster as an officer enters it (create and full update). */
@Schema(name = "ClusterRequest")
public record ClusterRequest(
        @NotBlank @Size(max = 200) @NameText @Schema(example = "Sentra Boneka Bantargebang") String name,
        @NotNull @Schema(example = "DOLLS_AND_TOYS") ProductCategory productCategory,
        @Size(max = 2000) @FreeText @Schema(example = "Doll makers buying fabric and dacron together") String description,
        @Schema(description = "The cooperative the cluster buys and sells through, if any") UUID hostCooperativeId,
        @CodeText @NotNull @Pattern(regexp = "3275(0[1-9]|1[0-2])", message = "{registry.kecamatan-code.pattern}")
        @Schema(example = "327507") String kecamatanCode) {
}
