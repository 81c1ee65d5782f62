package id.go.bekasikota.koperasi.registry.domain.ods;

/** The kinds of items of a reconciliation report, in the report's order. */
public enum OdsFindingKind {
    /** A row that cannot be read (its line number and every reason); it takes no part in matching. */
    BAD_ROW,
    /** An ODS row that matches no cooperative of the register. */
    ONLY_IN_ODS,
    /** A cooperative of the register that no ODS row matches. */
    ONLY_IN_REGISTER,
    /** An ODS row and a cooperative whose names are alike: an officer confirms (the NIK Koperasi is then stored). */
    PROPOSED_MATCH,
    /** A matched row whose value of one field differs from the register's (both values given). */
    DIFFERENCE
}
