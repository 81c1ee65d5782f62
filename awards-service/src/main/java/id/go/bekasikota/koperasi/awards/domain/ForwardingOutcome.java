package id.go.bekasikota.koperasi.awards.domain;

/** The outcome of a forwarded nomination at the next round, as the office records it when it comes back. */
public enum ForwardingOutcome {
    /** Forwarded; the next round has not decided yet. */
    PENDING,
    /** Won at the next round (with its rank there). */
    WINNER,
    /** Not among the next round's winners. */
    NOT_SELECTED
}
