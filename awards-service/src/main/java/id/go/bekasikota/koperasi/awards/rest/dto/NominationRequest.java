package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Nominates a cooperative for a program (an officer, or the cooperative itself where the program allows). */
@Schema(name = "NominationRequest")
public record NominationRequest(
        @NotNull @Schema(description = "The award program") UUID programId,
        @NotNull @Schema(description = "The cooperative (from the register)") UUID cooperativeId,
        @Size(max = 4000) @Schema(description = "Why it deserves the award", example = "Anggota tumbuh 10% dan SHU naik dua tahun berturut-turut") @FreeText String statement) {
}
