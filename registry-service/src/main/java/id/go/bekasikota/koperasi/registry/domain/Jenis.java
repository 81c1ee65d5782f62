package id.go.bekasikota.koperasi.registry.domain;

/** Type of cooperative under UU 25/1992 (jenis koperasi). */
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
