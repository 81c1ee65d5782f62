package id.go.bekasikota.koperasi.awards.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A juror assigned to a program. */
@Schema(name = "Juror")
public record JurorView(
        @Schema(example = "juri-1@bekasikota.go.id") String juror,
        String assignedBy,
        Instant assignedAt) {
}
