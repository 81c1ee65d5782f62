package id.go.bekasikota.koperasi.registry.domain;

/** Form (bentuk): a primary cooperative of persons, or a secondary one of cooperatives. */
public enum Bentuk {
    PRIMER,
    SEKUNDER
}
