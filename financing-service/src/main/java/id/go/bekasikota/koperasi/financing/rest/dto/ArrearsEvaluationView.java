package id.go.bekasikota.koperasi.financing.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an arrears evaluation did: loans looked at, and those that became DEFAULTED (the first
 * {@value #DEFAULTED_SHOWN} of them by id, and how many in all: every one is listed by
 * {@code GET /api/v1/loan-applications?state=DEFAULTED}).
 */
@Schema(name = "ArrearsEvaluation")
public record ArrearsEvaluationView(
        LocalDate asOf,
        @Schema(example = "90") int thresholdDays,
        @Schema(example = "37") int evaluated,
        @Schema(description = "How many loans this evaluation made DEFAULTED", example = "2") int defaultedCount,
        @Schema(maxItems = DEFAULTED_SHOWN, description = "The loans this evaluation made DEFAULTED, by id: the first 100 when there are more "
                + "(`defaultedCount`); `GET /api/v1/loan-applications?state=DEFAULTED` pages through every defaulted loan") List<UUID> defaulted) {

    public static final int DEFAULTED_SHOWN = 100;

    /** @param defaulted every loan the evaluation made DEFAULTED, in the order evaluated (by id) */
    public static ArrearsEvaluationView of(LocalDate asOf, int thresholdDays, int evaluated, List<UUID> defaulted) {
        return new ArrearsEvaluationView(asOf, thresholdDays, evaluated, defaulted.size(),
                List.copyOf(defaulted.subList(0, Math.min(DEFAULTED_SHOWN, defaulted.size()))));
    }
}
