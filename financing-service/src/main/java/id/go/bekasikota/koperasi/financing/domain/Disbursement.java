package id.go.bekasikota.koperasi.financing.domain;

import java.time.LocalDate;

/** The partner paid the approved loan out on {@code disbursedOn}, under its own reference. */
public record Disbursement(LocalDate disbursedOn, String partnerReference) {
}
