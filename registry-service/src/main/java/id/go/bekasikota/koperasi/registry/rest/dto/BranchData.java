package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import id.go.bekasikota.koperasi.platform.text.NameText;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A branch office of a cooperative. */
@Schema(name = "Branch")
public record BranchData(
        @NotBlank @Size(max = 200) @NameText @Schema(example = "Cabang Pondokgede") String name,
        @Nullable @Size(max = 300) @FreeText @Schema(example = "Jl. Raya Jatiwaringin No. 12") String address,
        @NotNull @Pattern(regexp = "3275(0[1-9]|1[0-2])", message = "{registry.kecamatan-code.pattern}")
        @Schema(example = "327508") String kecamatanCode) {
}
