package id.go.bekasikota.koperasi.financing.domain;

import java.util.UUID;

/** Corrections to a DRAFT or RETURNED application; a null field is not changed. */
public record LoanCorrection(UUID programId, Long amount, Integer tenorMonths, String purpose) {
}
