package id.go.bekasikota.koperasi.awards.domain;

/** Type of cooperative under UU 25/1992, as the register publishes it. */
public enum Jenis {
    SIMPAN_PINJAM,
    KONSUMEN,
    PRODUSEN,
    PEMASARAN,
    JASA
}
