package id.go.bekasikota.koperasi.awards.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A declared conflict of interest. */
@Schema(name = "Conflict")
public record ConflictView(UUID nominationId, @Schema(example = "juri-2@bekasikota.go.id") String juror,
                           @Schema(example = "I sit on the cooperative's supervisory board") String reason, Instant declaredAt) {
}
