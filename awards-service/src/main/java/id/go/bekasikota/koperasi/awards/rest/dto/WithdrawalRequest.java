package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Withdraws a nomination before the program's scores are finalised. */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "The cooperative asked to take part next year") @FreeText String reason) {
}
