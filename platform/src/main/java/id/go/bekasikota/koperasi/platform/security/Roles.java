package id.go.bekasikota.koperasi.platform.security;

/** The roles of the suite, carried in the token's {@code groups} claim (DESIGN.md section 7). */
public final class Roles {

    /** Office staff (Dinas Perdagangan dan Koperasi). */
    public static final String OFFICER = "officer";
    public static final String JUROR = "juror";
    /** A partner bank or fund; the token carries {@code partner_id}. */
    public static final String PARTNER = "partner";
    /** A cooperative's own account; the token carries {@code cooperative_id}. */
    public static final String COOPERATIVE = "cooperative";
    /** Reads everything, writes nothing. */
    public static final String AUDITOR = "auditor";
    /**
     * Another government system's machine client (the province's, the ministry's data system):
     * reads the full register without personal data and the changes feed, writes nothing.
     */
    public static final String SYSTEM = "system";

    public static final String PARTNER_ID_CLAIM = "partner_id";
    public static final String COOPERATIVE_ID_CLAIM = "cooperative_id";

    private Roles() {
    }
}
