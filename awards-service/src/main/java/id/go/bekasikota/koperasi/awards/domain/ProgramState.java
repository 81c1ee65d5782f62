package id.go.bekasikota.koperasi.awards.domain;

/**
 * Where an award program stands. OPEN: nominations (inside the window), jury and scoring;
 * FINALISED: ranking and winners fixed, scores frozen; ANNOUNCED: winners published (on or after
 * the announcement date) and may be forwarded to the next round.
 */
public enum ProgramState {
    OPEN,
    FINALISED,
    ANNOUNCED
}
