package id.go.bekasikota.koperasi.financing.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an arrears evaluation did: loans looked at, and those that became DEFAULTED. */
@Schema(name = "ArrearsEvaluation")
public record ArrearsEvaluationView(
        LocalDate asOf,
        @Schema(example = "90") int thresholdDays,
        @Schema(example = "37") int evaluated,
        List<UUID> defaulted) {
}
