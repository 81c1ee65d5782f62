package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A declared conflict of interest: it bars the juror from every nomination of the cooperative in the program. */
@Schema(name = "Conflict")
public record ConflictView(@Schema(description = "The nomination it was declared on (possibly an earlier, withdrawn one)") UUID nominationId,
                           UUID programId,
                           UUID cooperativeId,
                           @Schema(maxLength = Actor.SUBJECT_LENGTH, example = "juri-2@bekasikota.go.id") String juror,
                           @Schema(maxLength = 2000, example = "I sit on the cooperative's supervisory board") String reason, Instant declaredAt) {
}
