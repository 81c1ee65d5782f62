package id.go.bekasikota.koperasi.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** One row of a disbursed loan's schedule with what has been paid on it; its number is its place in the list. */
@Embeddable
public class ScheduledInstallment {

    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "principal_due")
    public long principalDue;
    @Column(name = "interest_due")
    public long interestDue;
    @Column(name = "principal_paid")
    public long principalPaid;
    @Column(name = "interest_paid")
    public long interestPaid;

    public ScheduledInstallment() {
    }

    ScheduledInstallment(Installment installment) {
        this.dueDate = installment.dueDate();
        this.principalDue = installment.principal();
        this.interestDue = installment.interest();
    }

    InstallmentPosition position(int number) {
        return new InstallmentPosition(number, dueDate, principalDue, interestDue, principalPaid, interestPaid);
    }
}
