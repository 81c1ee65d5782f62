package id.go.bekasikota.koperasi.financing.domain;

/** How a loan's installments are computed (DESIGN.md 3.1). */
public enum ScheduleMethod {
    /** Declining balance, annuity ("menurun"): equal installments, interest on the remaining balance. */
    DECLINING_BALANCE,
    /** Flat: interest on the original principal every month. */
    FLAT
}
