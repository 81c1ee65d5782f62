package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The installments of a disbursed loan and the rules of DESIGN.md 3.1 on them: a repayment pays
 * the oldest unpaid installment first, interest before principal; days past due count from the
 * due date of the oldest installment not fully paid; a loan is in default beyond the threshold
 * and settled when nothing is left. Paying more than is owed is refused.
 */
public final class RepaymentLedger {

    private final List<InstallmentPosition> installments;

    private RepaymentLedger(List<InstallmentPosition> installments) {
        this.installments = installments.stream().sorted(Comparator.comparingInt(InstallmentPosition::number)).toList();
    }

    public static RepaymentLedger of(List<InstallmentPosition> installments) {
        if (installments.isEmpty()) {
            throw new IllegalArgumentException("A ledger needs the loan's schedule");
        }
        return new RepaymentLedger(installments);
    }

    /** A fresh ledger for a schedule just generated: nothing paid yet. */
    public static RepaymentLedger of(LoanSchedule schedule) {
        return of(schedule.installments().stream()
                .map(i -> new InstallmentPosition(i.number(), i.dueDate(), i.principal(), i.interest(), 0, 0))
                .toList());
    }

    public List<InstallmentPosition> installments() {
        return installments;
    }

    public long outstanding() {
        return installments.stream().mapToLong(InstallmentPosition::left).sum();
    }

    public long outstandingPrincipal() {
        return installments.stream().mapToLong(InstallmentPosition::principalLeft).sum();
    }

    public long outstandingInterest() {
        return installments.stream().mapToLong(InstallmentPosition::interestLeft).sum();
    }

    public long principalPaid() {
        return installments.stream().mapToLong(InstallmentPosition::principalPaid).sum();
    }

    public long interestPaid() {
        return installments.stream().mapToLong(InstallmentPosition::interestPaid).sum();
    }

    public boolean settled() {
        return outstanding() == 0;
    }

    public Optional<InstallmentPosition> oldestUnpaid() {
        return installments.stream().filter(i -> !i.paid()).findFirst();
    }

    /** Days since the due date of the oldest installment not fully paid; 0 when nothing is overdue. */
    public int daysPastDue(LocalDate asOf) {
        return oldestUnpaid()
                .map(i -> asOf.isAfter(i.dueDate()) ? (int) ChronoUnit.DAYS.between(i.dueDate(), asOf) : 0)
                .orElse(0);
    }

    /** In default when days past due exceed the threshold (90 by default: more than, not equal to). */
    public boolean inDefault(LocalDate asOf, int thresholdDays) {
        return daysPastDue(asOf) > thresholdDays;
    }

    /**
     * Spreads a repayment over the installments, oldest first, interest before principal.
     *
     * @throws ProblemException rule violation (422) when the amount is more than what is owed
     */
    public Allocation allocate(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A repayment is a positive amount");
        }
        long owed = outstanding();
        if (amount > owed) {
            // Whole rupiah as digits, as the amounts travel in JSON: no grouping for a program to misread.
            throw new ProblemException(ProblemType.RULE_VIOLATION, Text.of("financing.repayment.overpayment"),
                    List.of(InvalidField.of("amount", "financing.repayment.overpayment-amount", String.valueOf(owed))),
                    Map.of("reasons", List.of(Text.of("financing.repayment.overpayment-reason", String.valueOf(amount), String.valueOf(owed),
                            String.valueOf(outstandingPrincipal()), String.valueOf(outstandingInterest())))));
        }
        long left = amount;
        List<InstallmentPosition> after = new ArrayList<>(installments.size());
        List<InstallmentPayment> parts = new ArrayList<>();
        for (InstallmentPosition installment : installments) {
            if (left == 0 || installment.paid()) {
                after.add(installment);
                continue;
            }
            long interest = Math.min(left, installment.interestLeft());
            left -= interest;
            long principal = Math.min(left, installment.principalLeft());
            left -= principal;
            after.add(installment.pay(interest, principal));
            parts.add(new InstallmentPayment(installment.number(), interest, principal));
        }
        return new Allocation(amount, parts, new RepaymentLedger(after));
    }

    /** How one repayment was spread, and the ledger after it. */
    public record Allocation(long amount, List<InstallmentPayment> parts, RepaymentLedger after) {

        public Allocation {
            parts = List.copyOf(parts);
        }

        public long interest() {
            return parts.stream().mapToLong(InstallmentPayment::interest).sum();
        }

        public long principal() {
            return parts.stream().mapToLong(InstallmentPayment::principal).sum();
        }
    }
}
