package id.go.bekasikota.koperasi.registry.domain.ods;

/** How an ODS row was matched with a cooperative, in the order the ways are tried. */
public enum OdsMatch {
    /** NIK Koperasi = the register's cooperative number. */
    NUMBER,
    /** The same legal entity number (case and spacing aside), unique on both sides. */
    LEGAL_ENTITY_NUMBER,
    /** Proposed only: names alike, each the other's closest; an officer confirms. */
    NAME
}
