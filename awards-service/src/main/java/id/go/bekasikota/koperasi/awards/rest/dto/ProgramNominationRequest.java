package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Nominates a cooperative for the program of the path. */
@Schema(name = "ProgramNominationRequest")
public record ProgramNominationRequest(
        @NotNull @Schema(description = "The cooperative (from the register)") UUID cooperativeId,
        @Size(max = 4000) @Schema(description = "Why it deserves the award") @FreeText String statement) {
}
