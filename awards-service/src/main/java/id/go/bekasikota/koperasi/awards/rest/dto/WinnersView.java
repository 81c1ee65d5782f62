package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.awards.domain.AwardCategory;
import id.go.bekasikota.koperasi.awards.domain.AwardLevel;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The announced winners of a program (public once announced). */
@Schema(name = "Winners")
public record WinnersView(
        UUID programId,
        @Schema(example = "2026") int year,
        AwardCategory category,
        @Nullable Jenis jenis,
        AwardLevel level,
        @Nullable @Schema(description = "Absent until announced", example = "2026-07-12") LocalDate announcedOn,
        @Schema(maxItems = 100) List<Winner> winners) {

    @Schema(name = "Winner")
    public record Winner(@Schema(example = "1") int rank, UUID nominationId, UUID cooperativeId,
                         @Nullable @Schema(maxLength = 20, example = "3275010010001") String cooperativeNumber,
                         @Schema(maxLength = 200, example = "Koperasi Boneka Bekasi") String cooperativeName,
                         @Schema(example = "87.25") BigDecimal totalScore,
                         @Nullable @Schema(description = "Set once forwarded to the next round") ForwardingView forwarding) {
    }
}
