package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A document attached to a loan application; the bytes are at {@code .../documents/{id}/content}. */
@Schema(name = "LoanDocument")
public record DocumentView(
        UUID id,
        UUID applicationId,
        @Schema(maxLength = 50, example = "PROPOSAL") String documentType,
        @Nullable @Schema(maxLength = 200, example = "proposal-2026.pdf") String filename,
        @Schema(maxLength = 15, description = "Detected from the content, not the declared type", example = "application/pdf") String mediaType,
        @Schema(example = "482113") long sizeBytes,
        @Schema(maxLength = 64, description = "Hex SHA-256 of the content", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        Instant uploadedAt,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "The account that uploaded it (the history names it too); absent to the partner",
                example = "bendahara@koperasi-lima-garuda") String uploadedBy) {
}
