package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One step of a program's or a nomination's trail. */
@Schema(name = "HistoryEntry")
public record HistoryView(
        @Schema(example = "SCORED") HistoryEntry.Action action,
        @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "Who did it: the username (`upn`) of the token", example = "juri-1@bekasikota.go.id") String actor,
        @Nullable @Schema(maxLength = 11, description = "In which role: officer, juror or cooperative (absent on entries written before roles were kept)", example = "juror") String actorRole,
        Instant at,
        @Nullable UUID nominationId,
        @Nullable @Schema(maxLength = DETAIL_LENGTH, example = "K2: 60 -> 80 (Direvisi setelah kunjungan)") String detail) {

    /** The longest detail shown (a detail that lists every winner can be long; the rest is cut). */
    public static final int DETAIL_LENGTH = 4000;
}
