package id.go.bekasikota.koperasi.awards.domain;

/** A nomination is SUBMITTED until withdrawn (only while its program is OPEN). */
public enum NominationState {
    SUBMITTED,
    WITHDRAWN
}
