package id.go.bekasikota.koperasi.financing.domain;

/** The loan eligibility rules of DESIGN.md 3.1, plus the program's application window. */
public enum EligibilityRule {
    /** ACTIVE as of the application date (registry standing rules). */
    ACTIVE,
    /** A RAT report for F, the latest due financial year, with a positive surplus (SHU). */
    POSITIVE_SURPLUS_LATEST_DUE_YEAR,
    /** Founded at least one year before applying. */
    FOUNDED_AT_LEAST_ONE_YEAR,
    /** No DEFAULTED loan. */
    NO_DEFAULTED_LOAN,
    /** The cooperative's jenis is one the program accepts. */
    JENIS_ALLOWED,
    /** The cooperative's KBLI code starts with a prefix the program accepts. */
    KBLI_ALLOWED,
    /** The amount is within the program's limits. */
    AMOUNT_WITHIN_LIMITS,
    /** The tenor is within the program's limits. */
    TENOR_WITHIN_LIMITS,
    /** The program accepts applications on that date. */
    PROGRAM_OPEN
}
