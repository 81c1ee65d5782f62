package id.go.bekasikota.koperasi.registry.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The result of re-evaluating every cooperative's standing as of a day. */
@Schema(name = "StandingEvaluation")
public record StandingEvaluationView(
        LocalDate asOf,
        @Schema(description = "Cooperatives whose status or grade differed from the last published one", example = "37") int changedCooperatives,
        @Schema(example = "30") int statusChanges,
        @Schema(example = "35") int gradeChanges,
        @Schema(example = "2") int reactivationCasesClosed) {
}
