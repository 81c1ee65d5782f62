package id.go.bekasikota.koperasi.contracts.registry;

import java.time.LocalDate;

/** The cooperative was dissolved on {@code dissolvedOn} under {@code legalBasis}. */
public record CooperativeDissolved(CooperativeSnapshot cooperative, LocalDate dissolvedOn, String legalBasis) {
}
