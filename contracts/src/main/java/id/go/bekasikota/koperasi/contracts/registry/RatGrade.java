package id.go.bekasikota.koperasi.contracts.registry;

/** The ministry's grade of a cooperative's RAT history over the three-year window. */
public enum RatGrade {
    /** Founded after the latest due year: no report is due yet. */
    NEW,
    /** A report in each of the three window years. */
    A,
    /** Reports in two of the three window years. */
    B,
    /** One report, founded within the three years before the date. */
    C1,
    /** One report, founded earlier. */
    C2,
    /** No report in the window: a candidate for dissolution. */
    D
}
