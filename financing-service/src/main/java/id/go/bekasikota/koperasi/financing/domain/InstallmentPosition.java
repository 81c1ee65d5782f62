package id.go.bekasikota.koperasi.financing.domain;

import java.time.LocalDate;

/** One installment of a disbursed loan: what is due and what has been paid on it, in whole rupiah. */
public record InstallmentPosition(int number, LocalDate dueDate, long principalDue, long interestDue,
                                  long principalPaid, long interestPaid) {

    public InstallmentPosition {
        if (principalPaid < 0 || interestPaid < 0 || principalPaid > principalDue || interestPaid > interestDue) {
            throw new IllegalArgumentException("Installment " + number + " is paid outside its dues");
        }
    }

    public long principalLeft() {
        return principalDue - principalPaid;
    }

    public long interestLeft() {
        return interestDue - interestPaid;
    }

    public long left() {
        return principalLeft() + interestLeft();
    }

    public boolean paid() {
        return left() == 0;
    }

    InstallmentPosition pay(long interest, long principal) {
        return new InstallmentPosition(number, dueDate, principalDue, interestDue, principalPaid + principal, interestPaid + interest);
    }
}
