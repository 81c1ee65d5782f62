package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.FreeText;
import id.go.bekasikota.koperasi.platform.text.CodeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A juror's scores of some or all juror-scored indicators of a nomination; each replaces the juror's earlier score. */
@Schema(name = "ScoresRequest")
public record ScoresRequest(
        @NotNull @Size(min = 1, max = 50, message = "{awards.scores.size}") List<@NotNull @Valid Item> scores) {

    @Schema(name = "ScoreItem")
    public record Item(
            @NotBlank @Size(max = 20) @Schema(description = "A JUROR indicator of the program's sheet", example = "K2") @CodeText String indicatorCode,
            @NotNull @Min(0) @Max(100) @Schema(example = "85") Integer score,
            @Size(max = 2000) @Schema(example = "Pengurus dan pengawas lengkap; RAT dihadiri 80% anggota") @FreeText String comment) {
    }
}
