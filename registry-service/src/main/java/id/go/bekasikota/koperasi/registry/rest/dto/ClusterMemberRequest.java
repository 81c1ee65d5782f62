package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.platform.text.FreeText;
import id.go.bekasikota.koperasi.platform.text.NameText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A small business joining a cluster. */
@Schema(name = "ClusterMemberRequest")
public record ClusterMemberRequest(
        @NotBlank @Size(max = 200) @NameText @Schema(example = "Boneka Ceria") String businessName,
        @NotBlank @Size(max = 200) @NameText @Schema(description = "Personal data: shown to the office only", example = "Ibu Yati") String ownerName,
        @NotBlank @Size(max = 1000) @FreeText @Schema(example = "Stuffed dolls, plush keychains") String products,
        @CodeText @NotNull @Pattern(regexp = "3275(0[1-9]|1[0-2])", message = "{registry.kecamatan-code.pattern}")
        @Schema(example = "327507") String kecamatanCode,
        @NotNull @PastOrPresent @Schema(example = "2024-05-02") LocalDate joinedOn) {
}
