package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepaymentLedgerTest {

    /** Three installments of 100 principal + 10 interest, due 15 Feb, 15 Mar and 15 Apr 2026. */
    private static RepaymentLedger threeMonths() {
        return RepaymentLedger.of(List.of(
                new InstallmentPosition(1, LocalDate.of(2026, 2, 15), 100, 10, 0, 0),
                new InstallmentPosition(2, LocalDate.of(2026, 3, 15), 100, 10, 0, 0),
                new InstallmentPosition(3, LocalDate.of(2026, 4, 15), 100, 10, 0, 0)));
    }

    @Test
    void paysTheOldestInstallmentFirstInterestBeforePrincipal() {
        RepaymentLedger.Allocation first = threeMonths().allocate(5);
        assertThat(first.parts()).containsExactly(new InstallmentPayment(1, 5, 0));

        RepaymentLedger.Allocation second = first.after().allocate(120);
        // 5 interest + 100 principal close installment 1; 10 interest then 5 principal of installment 2.
        assertThat(second.parts()).containsExactly(new InstallmentPayment(1, 5, 100), new InstallmentPayment(2, 10, 5));
        assertThat(second.interest()).isEqualTo(15);
        assertThat(second.principal()).isEqualTo(105);
        RepaymentLedger after = second.after();
        assertThat(after.installments().get(0).paid()).isTrue();
        assertThat(after.installments().get(1).principalLeft()).isEqualTo(95);
        assertThat(after.outstandingPrincipal()).isEqualTo(195);
        assertThat(after.outstandingInterest()).isEqualTo(10);
        assertThat(after.principalPaid()).isEqualTo(105);
        assertThat(after.interestPaid()).isEqualTo(20);
    }

    @Test
    void settledWhenEverythingIsPaid() {
        RepaymentLedger ledger = threeMonths();
        assertThat(ledger.outstanding()).isEqualTo(330);
        RepaymentLedger.Allocation all = ledger.allocate(330);
        assertThat(all.after().settled()).isTrue();
        assertThat(all.after().oldestUnpaid()).isEmpty();
        assertThat(all.after().daysPastDue(LocalDate.of(2030, 1, 1))).isZero();
        assertThat(all.parts()).hasSize(3);
    }

    @Test
    void overpaymentIsRefused() {
        RepaymentLedger ledger = threeMonths().allocate(300).after();
        assertThatThrownBy(() -> ledger.allocate(31))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATION);
                    // 300 of 330 paid: 30 left, of it principal and interest as the schedule has them.
                    assertThat(e.toProblem(null).extensions().get("reasons").toString()).contains("Amount 31 exceeds the outstanding 30");
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("amount");
                    assertThat(e.toProblem(null, java.util.Locale.forLanguageTag("id")).extensions().get("reasons").toString())
                            .contains("Jumlah 31 melebihi sisa utang 30");
                });
        assertThat(ledger.allocate(30).after().settled()).isTrue();
        assertThatThrownBy(() -> ledger.allocate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "as of {0}: {1} days past due")
    @CsvSource({
            "2026-02-14, 0",
            "2026-02-15, 0",
            "2026-02-16, 1",
            "2026-05-16, 90",
            "2026-05-17, 91"})
    void daysPastDueCountFromTheOldestUnpaidDueDate(LocalDate asOf, int expected) {
        assertThat(threeMonths().daysPastDue(asOf)).isEqualTo(expected);
    }

    @Test
    void aPartlyPaidInstallmentStillCounts() {
        // 109 of installment 1's 110: it is not fully paid, so days still count from 15 Feb.
        RepaymentLedger ledger = threeMonths().allocate(109).after();
        assertThat(ledger.daysPastDue(LocalDate.of(2026, 3, 1))).isEqualTo(14);
        RepaymentLedger next = ledger.allocate(1).after();
        // Installment 1 paid: the oldest unpaid is due 15 Mar, not yet past on 1 Mar.
        assertThat(next.daysPastDue(LocalDate.of(2026, 3, 1))).isZero();
        assertThat(next.daysPastDue(LocalDate.of(2026, 3, 20))).isEqualTo(5);
    }

    @Test
    void inDefaultOnlyBeyondTheThreshold() {
        RepaymentLedger ledger = threeMonths();
        assertThat(ledger.inDefault(LocalDate.of(2026, 5, 16), 90)).isFalse();
        assertThat(ledger.inDefault(LocalDate.of(2026, 5, 17), 90)).isTrue();
        assertThat(ledger.inDefault(LocalDate.of(2026, 3, 18), 30)).isTrue();
    }

    @Test
    void aFreshScheduleOwesItsTotalPayment() {
        LoanSchedule schedule = LoanSchedule.of(12_000_000, new BigDecimal("0.12"), 12, ScheduleMethod.DECLINING_BALANCE,
                LocalDate.of(2026, 1, 31));
        RepaymentLedger ledger = RepaymentLedger.of(schedule);
        assertThat(ledger.outstanding()).isEqualTo(schedule.totalPayment());
        assertThat(ledger.outstandingPrincipal()).isEqualTo(12_000_000);
        // Paying exactly the installments one by one settles the loan.
        for (Installment installment : schedule.installments()) {
            ledger = ledger.allocate(installment.amount()).after();
            assertThat(ledger.installments().get(installment.number() - 1).paid()).isTrue();
        }
        assertThat(ledger.settled()).isTrue();
    }

    @Test
    void positionsCannotBeOverpaid() {
        assertThatThrownBy(() -> new InstallmentPosition(1, LocalDate.of(2026, 2, 15), 100, 10, 101, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RepaymentLedger.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positionsArePaidWithinTheirDuesOnly() {
        LocalDate due = LocalDate.of(2026, 2, 15);
        assertThatThrownBy(() -> new InstallmentPosition(1, due, 100, 10, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstallmentPosition(1, due, 100, 10, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InstallmentPosition(1, due, 100, 10, 0, 11)).isInstanceOf(IllegalArgumentException.class);
        InstallmentPosition paid = new InstallmentPosition(1, due, 100, 10, 100, 10);
        assertThat(paid.left()).isZero();
        assertThat(paid.paid()).isTrue();
    }
}
