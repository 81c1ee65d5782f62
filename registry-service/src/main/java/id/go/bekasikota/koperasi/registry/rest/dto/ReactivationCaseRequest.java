package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens a reactivation case for a dormant cooperative. */
@Schema(name = "ReactivationCaseRequest")
public record ReactivationCaseRequest(
        @NotBlank @Size(max = 2000) @FreeText
        @Schema(example = "No RAT since 2022; the chair asked for help with the books") String reason) {
}
