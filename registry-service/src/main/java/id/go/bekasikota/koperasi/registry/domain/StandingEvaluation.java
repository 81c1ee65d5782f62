package id.go.bekasikota.koperasi.registry.domain;

import java.time.LocalDate;

/** What re-evaluating every cooperative's standing as of a day found and published. */
public record StandingEvaluation(LocalDate asOf, int changedCooperatives, int statusChanges, int gradeChanges,
                                 int reactivationCasesClosed) {
}
