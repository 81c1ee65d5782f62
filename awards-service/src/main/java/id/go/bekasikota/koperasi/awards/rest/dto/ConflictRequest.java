package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A juror declares a conflict of interest with a nomination. */
@Schema(name = "ConflictRequest")
public record ConflictRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "I sit on the cooperative's supervisory board") @FreeText String reason) {
}
