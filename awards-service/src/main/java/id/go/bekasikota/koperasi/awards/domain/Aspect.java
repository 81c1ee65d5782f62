package id.go.bekasikota.koperasi.awards.domain;

/** The three aspects of the national scoring sheet; each indicator belongs to one. */
public enum Aspect {
    /** Institution: membership, governance, the members' meeting (RAT). */
    KELEMBAGAAN,
    /** Business: turnover, growth of the business. */
    USAHA,
    /** Finance: capital, assets, surplus (SHU), repayment record. Its subtotal breaks ties in the ranking. */
    KEUANGAN
}
