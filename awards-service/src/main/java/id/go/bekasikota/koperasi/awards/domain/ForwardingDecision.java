package id.go.bekasikota.koperasi.awards.domain;

import java.time.LocalDate;

/**
 * The next round's decision on a forwarded winner, as the office records it.
 *
 * @param rank the rank at that round: required for a WINNER, empty for NOT_SELECTED
 */
public record ForwardingDecision(ForwardingOutcome outcome, Integer rank, LocalDate decidedOn, String note) {
}
