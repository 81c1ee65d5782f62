package id.go.bekasikota.koperasi.contracts.registry;

/** Type of cooperative under UU 25/1992 (jenis koperasi), as the register publishes it and every service reads it. */
public enum Jenis {
    /** Savings and loan (simpan pinjam). */
    SIMPAN_PINJAM,
    /** Consumer (konsumen). */
    KONSUMEN,
    /** Producer (produsen). */
    PRODUSEN,
    /** Marketing (pemasaran). */
    PEMASARAN,
    /** Services (jasa). */
    JASA
}
