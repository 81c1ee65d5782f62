package id.go.bekasikota.koperasi.financing.domain;

import java.time.LocalDate;

/** A repayment the partner received, as it reports it. */
public record RepaymentReport(long amount, LocalDate paidOn, String partnerReference) {
}
