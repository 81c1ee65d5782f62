package id.go.bekasikota.koperasi.awards.domain;

/** The award eligibility rules of DESIGN.md 3.1, plus the jenis of a per-jenis program. */
public enum AwardEligibilityRule {
    /** ACTIVE as of the nomination date (registry standing rules). */
    ACTIVE,
    /** Has a cooperative number (Nomor Induk Koperasi) from the ministry's data system. */
    HAS_COOPERATIVE_NUMBER,
    /** RAT reports for both F and F-1, the two latest due financial years. */
    REPORTS_FOR_LAST_TWO_YEARS,
    /** No DEFAULTED loan (financing's events). */
    NO_DEFAULTED_LOAN,
    /** For a program of one jenis (koperasi berprestasi per jenis): the cooperative is of that jenis. */
    JENIS_OF_PROGRAM
}
