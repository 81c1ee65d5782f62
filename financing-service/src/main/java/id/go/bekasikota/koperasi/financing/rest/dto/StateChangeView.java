package id.go.bekasikota.koperasi.financing.rest.dto;

import id.go.bekasikota.koperasi.financing.domain.LoanAction;
import id.go.bekasikota.koperasi.financing.domain.LoanApplicationState;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One line of an application's history. */
@Schema(name = "StateChange")
public record StateChangeView(
        @Schema(implementation = LoanAction.class, description = "A move of the state machine, or a change where the application stands"
                + " (CORRECT, ATTACH_DOCUMENT, REMOVE_DOCUMENT: fromState and toState are the same, and reason says what changed)",
                example = "RETURN") String action,
        @Nullable @Schema(implementation = LoanApplicationState.class, description = "Absent for the creation", example = "SUBMITTED") String fromState,
        @Schema(implementation = LoanApplicationState.class, example = "RETURNED") String toState,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "The account; absent for a partner reading an action of the office or the cooperative", example = "officer@dev") String actor,
        @Schema(maxLength = 11, example = "officer") String actorRole,
        @Nullable @Schema(maxLength = 2000, description = "Why (a return, rejection or decline; a note), or, for a change in place, what"
                + " changed: `amount 50000000 -> 450000000`, `tenor 12 -> 24 months`, the program, `purpose rewritten` (not its text: free"
                + " text may name people); the document attached or removed by its type, media type, size and SHA-256 (never its file"
                + " name, often a person's); neither a document's line nor any line alone changes the application's version", example = "Laporan keuangan 2025 belum ditandatangani pengawas") String reason,
        Instant occurredAt) {
}
