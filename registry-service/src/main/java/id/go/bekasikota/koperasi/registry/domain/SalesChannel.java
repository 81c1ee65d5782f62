package id.go.bekasikota.koperasi.registry.domain;

/** Through whom a cluster's joint sales went (saluran penjualan). */
public enum SalesChannel {
    /** Langsung: to consumers at the workshop, fairs, the cluster's own shop. */
    DIRECT,
    /** Grosir: wholesalers and traders (e.g. Pasar Asemka, Tanah Abang). */
    WHOLESALE,
    /** Eceran: shops and modern retail. */
    RETAIL,
    /** Daring: marketplaces and the cluster's own web shop. */
    ONLINE,
    /** Pengadaan pemerintah: government procurement (e-katalog). */
    GOVERNMENT,
    /** Ekspor. */
    EXPORT,
    OTHER
}
