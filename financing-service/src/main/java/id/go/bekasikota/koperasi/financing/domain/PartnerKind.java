package id.go.bekasikota.koperasi.financing.domain;

/** Who lends: a bank (e.g. KUR through a bank) or a fund (e.g. the LPDB-KUMKM revolving fund). */
public enum PartnerKind {
    BANK,
    FUND
}
