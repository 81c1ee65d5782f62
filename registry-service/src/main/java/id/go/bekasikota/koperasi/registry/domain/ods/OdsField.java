package id.go.bekasikota.koperasi.registry.domain.ods;

/**
 * What a reconciliation compares between a matched ODS row and the register. The register's
 * status and grade are those of the rules as of the reconciliation date.
 */
public enum OdsField {
    /** NIK Koperasi: differs only for a row matched by its legal entity number. */
    COOPERATIVE_NUMBER,
    STATUS,
    GRADE,
    /** The financial year of the latest RAT report held by the date (tahun buku). */
    LAST_RAT_YEAR,
    /** Compared without regard to case and spacing. */
    LEGAL_ENTITY_NUMBER,
    /** Kemendagri code; the ODS may give the kecamatan's name. */
    KECAMATAN
}
