package id.go.bekasikota.koperasi.contracts.registry;

/** Activity status of a cooperative against the RPJMD target (DESIGN.md 3.1). */
public enum ActivityStatus {
    /** New, or a RAT report for one of the last two due years. */
    ACTIVE,
    /** Dormant ("mati suri"): no RAT report for the last two due years. */
    INACTIVE,
    DISSOLVED
}
