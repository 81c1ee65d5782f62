package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;

/** The ministry's RAT grade (NEW, A, B, C1, C2, D) changed as of {@code asOf}. */
public record CooperativeGradeChanged(CooperativeSnapshot cooperative, String previousGrade, String grade, LocalDate asOf) {
}
