package id.go.bekasikota.koperasi.financing.domain;

import java.util.UUID;

/**
 * A cooperative's proposal for a soft loan: what opens an application as a DRAFT.
 *
 * @param cooperativeId the applicant; null when a cooperative's own account applies (it applies for itself)
 */
public record LoanProposal(UUID cooperativeId, UUID programId, long amount, int tenorMonths, String purpose) {
}
