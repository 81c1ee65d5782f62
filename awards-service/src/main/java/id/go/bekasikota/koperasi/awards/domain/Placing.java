package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;

/** Where a nomination placed when the program's scores were finalised: what its nomination keeps. */
public record Placing(Nomination nomination, int rank, BigDecimal total, boolean winner, ScoreBreakdown breakdown) {
}
