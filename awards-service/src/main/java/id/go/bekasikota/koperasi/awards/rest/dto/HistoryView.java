package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One step of a program's or a nomination's trail. */
@Schema(name = "HistoryEntry")
public record HistoryView(
        @Schema(example = "SCORED") HistoryEntry.Action action,
        @Schema(description = "The token subject who did it", example = "juri-1@bekasikota.go.id") String actor,
        @Nullable @Schema(description = "In which role: officer, juror or cooperative (absent on entries written before roles were kept)", example = "juror") String actorRole,
        Instant at,
        @Nullable UUID nominationId,
        @Nullable @Schema(example = "K2: 60 -> 80 (Direvisi setelah kunjungan)") String detail) {
}
