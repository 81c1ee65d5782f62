package id.go.bekasikota.koperasi.awards.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.platform.text.NameText;
import id.go.bekasikota.koperasi.awards.domain.Aspect;
import id.go.bekasikota.koperasi.awards.domain.IndicatorKind;
import id.go.bekasikota.koperasi.awards.domain.IndicatorSource;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One indicator of a scoring sheet, as sent and as shown. */
@Schema(name = "Indicator", description = "A line of the scoring sheet. COMPUTED indicators need `kind` and `target` (achievement = actual / target x 100, then banded); JUROR indicators have neither (jurors score 0-100).")
public record IndicatorData(
        @CodeText @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,20}", message = "{awards.indicator-code.pattern}")
        @Schema(description = "Short code, unique in the sheet; juror scores name it", example = "F1") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Pertumbuhan SHU (surplus growth)") @NameText String name,
        @NotNull @Schema(example = "KEUANGAN") Aspect aspect,
        @NotNull @Schema(example = "COMPUTED") IndicatorSource source,
        @Nullable @Schema(description = "What a COMPUTED indicator measures; absent for JUROR", example = "SHU_GROWTH") IndicatorKind kind,
        @Positive @DecimalMax("1000000000000000") @Digits(integer = 16, fraction = 4)
        @Nullable @Schema(description = "The actual value that is 100% achievement, in the kind's unit (percent, or years for RAT_ON_TIME); absent for JUROR", example = "10") BigDecimal target,
        @NotNull @Positive @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
        @Schema(description = "Positive weight; the total is the weighted mean of the indicator scores", example = "15") BigDecimal weight) {
}
