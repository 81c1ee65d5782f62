package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A juror assigned to a program. */
@Schema(name = "Juror")
public record JurorView(
        @Schema(maxLength = 200, example = "juri-1@bekasikota.go.id") String juror,
        @Schema(maxLength = Actor.SUBJECT_LENGTH) String assignedBy,
        Instant assignedAt) {
}
