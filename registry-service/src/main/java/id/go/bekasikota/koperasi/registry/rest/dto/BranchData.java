package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.platform.text.FreeText;
import id.go.bekasikota.koperasi.platform.text.NameText;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A branch office of a cooperative. The cooperative is registered in Kota Bekasi; its branches may be anywhere in
 * Indonesia (a savings-and-loan cooperative of the city has branches across Java), so a branch's kecamatan is any
 * Kemendagri kecamatan code: province (11-99), regency or city (01-99), kecamatan (01-99), two digits each.
 */
@Schema(name = "Branch")
public record BranchData(
        @NotBlank @Size(max = 200) @NameText @Schema(example = "Cabang Pondokgede") String name,
        @Nullable @Size(max = 300) @FreeText @Schema(example = "Jl. Raya Jatiwaringin No. 12") String address,
        @CodeText @NotNull @Pattern(regexp = "(1[1-9]|[2-9][0-9])(0[1-9]|[1-9][0-9])(0[1-9]|[1-9][0-9])", message = "{registry.branch-kecamatan-code.pattern}")
        @Schema(description = "Kemendagri code of the branch's kecamatan, anywhere in Indonesia: "
                + "province, regency or city, kecamatan (327501-327512 in Kota Bekasi)", example = "327508") String kecamatanCode) {
}
