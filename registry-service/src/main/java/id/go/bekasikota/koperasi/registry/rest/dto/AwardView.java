package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.registry.event.AwardWinnersConsumer;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An award won, from the awards service's announcements. */
@Schema(name = "Award")
public record AwardView(
        @Schema(maxLength = AwardWinnersConsumer.CODE_LENGTH, example = "hari-koperasi-2026") String programId,
        @Schema(example = "2026") int year,
        @Schema(maxLength = AwardWinnersConsumer.CODE_LENGTH, example = "KOPERASI_BERPRESTASI_SIMPAN_PINJAM") String category,
        @Schema(maxLength = AwardWinnersConsumer.CODE_LENGTH, example = "CITY") String level,
        @Schema(example = "1") int rank,
        @Nullable @Schema(example = "87.25") BigDecimal totalScore,
        LocalDate announcedOn) {
}
