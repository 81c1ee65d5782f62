package id.go.bekasikota.koperasi.financing.domain;

import java.time.LocalDate;

/** One monthly installment; amounts in whole rupiah. {@code balance} is the principal left after it. */
public record Installment(int number, LocalDate dueDate, long principal, long interest, long amount, long balance) {
}
