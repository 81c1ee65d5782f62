package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.contracts.financing.LoanApplicationStateChanged;
import id.go.bekasikota.koperasi.contracts.financing.LoanDefaulted;
import id.go.bekasikota.koperasi.contracts.financing.LoanRepaymentRecorded;
import id.go.bekasikota.koperasi.contracts.financing.LoanSettled;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.APPLICANT;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.COOPERATIVE;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.ELIGIBLE;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.NOW;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.OFFICER;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.PARTNER;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.TODAY;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disbursed loan on the aggregate: repayments spread over its rows, settlement, arrears and
 * default, with their events. The loan is small enough to follow by hand: Rp 1,200,000 over 6
 * months, flat at 6% a year, disbursed on 10 March 2026. Every month is 200,000 principal and
 * 1,200,000 x 0.06 / 12 = 6,000 interest, 206,000 in all, due on the 10th from April to
 * September; 1,236,000 is owed in all (36,000 of it interest).
 */
class LoanRepaymentTest {

    static final LocalDate DISBURSED_ON = TODAY;

    FinancingProgram program;
    LoanApplication loan;

    static FinancingProgram flatProgram(String partnerId) {
        return FinancingProgram.define(new ProgramDefinition(partnerId, "Bank", PartnerKind.BANK, "Modal Usaha", "KUR_KECIL",
                new BigDecimal("0.06"), ScheduleMethod.FLAT, 1_000_000, 500_000_000, 6, 36, List.of(), List.of(),
                LocalDate.of(2026, 1, 1), null, List.of()), Actor.officer("officer@dev"), NOW);
    }

    /** A loan of 1,200,000 over 6 months, forwarded to bank-a (not yet decided). */
    static LoanApplication forwarded(FinancingProgram program) {
        LoanApplication application = new LoanApplication();
        application.open(COOPERATIVE, "Koperasi Uji", null, program, new LoanProposal(null, program.id, 1_200_000, 6, "Modal kerja"),
                APPLICANT, NOW);
        application.submit(ELIGIBLE, List.of(), Set.of(), APPLICANT, null, NOW);
        application.move(LoanAction.VERIFY, OFFICER, null, NOW);
        application.recommend(program, ELIGIBLE, OFFICER, null, NOW);
        application.move(LoanAction.FORWARD, OFFICER, null, NOW);
        return application;
    }

    @BeforeEach
    void disbursedAsAsked() {
        program = flatProgram("bank-a");
        loan = forwarded(program);
        loan.approve(program, new LoanDecision.Approve(null, null, null, null), PARTNER, NOW);
        loan.disburse(new Disbursement(DISBURSED_ON, "DB-1"), PARTNER, DISBURSED_ON, NOW);
        // Seven events so far: created, submitted, verified, recommended, forwarded, approved, disbursed.
        assertThat(loan.aggregateVersion).isEqualTo(7);
    }

    @Test
    void aRepaymentPaysTheOldestRowFirstInterestBeforePrincipalAndTheRowsKeepIt() {
        // 300,000: row 1 in full (6,000 + 200,000), then row 2's interest (6,000) and 88,000 of its principal.
        LoanRepayment first = report(300_000, LocalDate.of(2026, 4, 10));
        List<DomainEvent> events = loan.recordRepayment(first, null, PARTNER, LocalDate.of(2026, 4, 10), 90, NOW);

        assertThat(first.interestPaid).isEqualTo(12_000);
        assertThat(first.principalPaid).isEqualTo(288_000);
        assertThat(first.allocation).containsExactly(new InstallmentPayment(1, 6_000, 200_000), new InstallmentPayment(2, 6_000, 88_000));
        assertThat(first.allocation).extracting(InstallmentPayment::amount).containsExactly(206_000L, 94_000L);
        assertThat(first.recordedBy).isEqualTo("user@bank-a");
        assertThat(first.applicationId).isEqualTo(loan.id);
        assertThat(loan.installments).extracting(i -> i.interestPaid).containsExactly(6_000L, 6_000L, 0L, 0L, 0L, 0L);
        assertThat(loan.installments).extracting(i -> i.principalPaid).containsExactly(200_000L, 88_000L, 0L, 0L, 0L, 0L);
        assertThat(loan.ledger().outstanding()).isEqualTo(1_236_000 - 300_000);

        assertThat(events).extracting(DomainEvent::type)
                .containsExactly(FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.REPAYMENT_RECORDED);
        assertThat(loan.state).isEqualTo(LoanApplicationState.REPAYING);
        LoanRepaymentRecorded recorded = (LoanRepaymentRecorded) events.get(1).data();
        assertThat(recorded.interestPaid()).isEqualTo(12_000);
        assertThat(recorded.principalPaid()).isEqualTo(288_000);
        assertThat(recorded.outstandingPrincipal()).isEqualTo(1_200_000 - 288_000);
        assertThat(recorded.outstandingInterest()).isEqualTo(36_000 - 12_000);
        // Row 2 is due on 10 May: nothing is overdue on 10 April.
        assertThat(recorded.daysPastDue()).isZero();
        assertThat(recorded.aggregateVersion()).isEqualTo(9);

        // The next repayment, late: row 2 (due 10 May) still owes 112,000 on 1 June, 22 days later.
        LoanRepayment second = report(100_000, LocalDate.of(2026, 6, 1));
        List<DomainEvent> later = loan.recordRepayment(second, null, PARTNER, LocalDate.of(2026, 6, 1), 90, NOW);
        assertThat(later).extracting(DomainEvent::type).containsExactly(FinancingEventTypes.REPAYMENT_RECORDED);
        assertThat(second.allocation).containsExactly(new InstallmentPayment(2, 0, 100_000));
        assertThat(loan.installments.get(1).principalPaid).isEqualTo(188_000);
        LoanRepaymentRecorded late = (LoanRepaymentRecorded) later.get(0).data();
        assertThat(late.daysPastDue()).isEqualTo(22);
        assertThat(late.outstandingPrincipal()).isEqualTo(1_200_000 - 388_000);
        assertThat(late.aggregateVersion()).isEqualTo(10);
        assertThat(loan.daysPastDue).isEqualTo(22);
        assertThat(loan.arrearsEvaluatedOn).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(loan.state).isEqualTo(LoanApplicationState.REPAYING);
    }

    @Test
    void theRepaymentOfEverythingOwedSettlesTheLoan() {
        List<DomainEvent> events = loan.recordRepayment(report(1_236_000, LocalDate.of(2026, 4, 10)), null, PARTNER,
                LocalDate.of(2026, 4, 10), 90, NOW);

        assertThat(events).extracting(DomainEvent::type).containsExactly(FinancingEventTypes.STATE_CHANGED,
                FinancingEventTypes.REPAYMENT_RECORDED, FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.SETTLED);
        assertThat(events).extracting(DomainEvent::aggregateVersion).containsExactly(8L, 9L, 10L, 11L);
        assertThat(((LoanApplicationStateChanged) events.get(2).data()).toState()).isEqualTo("SETTLED");
        LoanSettled settled = (LoanSettled) events.get(3).data();
        assertThat(settled.disbursedAmount()).isEqualTo(1_200_000);
        assertThat(settled.principalPaid()).isEqualTo(1_200_000);
        assertThat(settled.interestPaid()).isEqualTo(36_000);
        assertThat(settled.settledOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(settled.aggregateVersion()).isEqualTo(11);
        assertThat(loan.state).isEqualTo(LoanApplicationState.SETTLED);
        assertThat(loan.aggregateVersion).isEqualTo(11);

        // Nothing more is taken from a settled loan.
        assertThat(problem(() -> loan.recordRepayment(report(1, LocalDate.of(2026, 4, 10)), null, PARTNER,
                LocalDate.of(2026, 4, 10), 90, NOW)).type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
    }

    @Test
    void aLoanPaidOffByRepaymentsReportedOutOfTheirOrderIsSettledOnTheLatestPaymentDate() {
        // Rp 1,000,000 paid on 10 May is reported first, the remaining Rp 236,000 paid on 5 May second: the loan was
        // paid off on 10 May, not on the date of the repayment recorded last.
        loan.recordRepayment(report(1_000_000, LocalDate.of(2026, 5, 10)), null, PARTNER, LocalDate.of(2026, 5, 12), 90, NOW);
        List<DomainEvent> events = loan.recordRepayment(report(236_000, LocalDate.of(2026, 5, 5)), LocalDate.of(2026, 5, 10),
                PARTNER, LocalDate.of(2026, 5, 12), 90, NOW);

        LoanSettled settled = (LoanSettled) events.get(events.size() - 1).data();
        assertThat(settled.settledOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(loan.state).isEqualTo(LoanApplicationState.SETTLED);
    }

    @Test
    void beyondNinetyDaysPastDueTheLoanDefaultsOnceWithItsEvent() {
        // Row 1 is due on 10 April: 10 April -> 9 July is 30 + 31 + 29 = 90 days, not beyond the threshold.
        assertThat(loan.evaluateArrears(LocalDate.of(2026, 7, 9), 90, NOW)).isEmpty();
        assertThat(loan.daysPastDue).isEqualTo(90);
        assertThat(loan.arrearsEvaluatedOn).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(loan.state).isEqualTo(LoanApplicationState.DISBURSED);

        List<DomainEvent> events = loan.evaluateArrears(LocalDate.of(2026, 7, 10), 90, NOW);
        assertThat(events).extracting(DomainEvent::type).containsExactly(FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.DEFAULTED);
        assertThat(events).extracting(DomainEvent::aggregateVersion).containsExactly(8L, 9L);
        LoanApplicationStateChanged moved = (LoanApplicationStateChanged) events.get(0).data();
        assertThat(moved.fromState()).isEqualTo("DISBURSED");
        assertThat(moved.toState()).isEqualTo("DEFAULTED");
        assertThat(moved.actorRole()).isEqualTo("system");
        LoanDefaulted defaulted = (LoanDefaulted) events.get(1).data();
        assertThat(defaulted.daysPastDue()).isEqualTo(91);
        assertThat(defaulted.thresholdDays()).isEqualTo(90);
        assertThat(defaulted.outstandingPrincipal()).isEqualTo(1_200_000);
        assertThat(defaulted.outstandingInterest()).isEqualTo(36_000);
        assertThat(defaulted.asOf()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(defaulted.aggregateVersion()).isEqualTo(9);
        assertThat(loan.state).isEqualTo(LoanApplicationState.DEFAULTED);
        assertThat(loan.history.get(loan.history.size() - 1).reason).isEqualTo("91 days past due, beyond 90");

        // Defaulted once: later evaluations keep the days past due and publish nothing.
        assertThat(loan.evaluateArrears(LocalDate.of(2026, 7, 20), 90, NOW)).isEmpty();
        assertThat(loan.daysPastDue).isEqualTo(101);
        assertThat(loan.aggregateVersion).isEqualTo(9);
        // A partial recovery of a defaulted loan is recorded without a new default.
        assertThat(loan.recordRepayment(report(206_000, LocalDate.of(2026, 7, 20)), null, PARTNER, LocalDate.of(2026, 7, 20), 90, NOW))
                .extracting(DomainEvent::type).containsExactly(FinancingEventTypes.REPAYMENT_RECORDED);
        assertThat(loan.state).isEqualTo(LoanApplicationState.DEFAULTED);
    }

    @Test
    void aLoanNotDisbursedHasNoArrearsNoScheduleAndTakesNoRepayment() {
        LoanApplication approved = forwarded(program);
        approved.approve(program, new LoanDecision.Approve(null, null, null, null), PARTNER, NOW);
        assertThat(approved.evaluateArrears(LocalDate.of(2026, 12, 31), 90, NOW)).isEmpty();
        assertThat(problem(approved::ledger).type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        assertThat(problem(() -> approved.recordRepayment(report(1_000, TODAY), null, PARTNER, TODAY, 90, NOW)).type())
                .isEqualTo(ProblemType.ILLEGAL_TRANSITION);
    }

    @Test
    void whoSeesTheApplication() {
        LoanApplication draft = new LoanApplication();
        draft.open(COOPERATIVE, "Koperasi Uji", null, program, new LoanProposal(null, program.id, 1_200_000, 6, "Modal kerja"),
                APPLICANT, NOW);
        Actor auditor = new Actor("auditor@dinas", ActorRole.AUDITOR, null, null);
        Actor otherCooperative = new Actor("koperasi@lain", ActorRole.COOPERATIVE, UUID.randomUUID(), null);
        Actor otherPartner = new Actor("user@bank-b", ActorRole.PARTNER, null, "bank-b");

        assertThat(draft.visibleTo(OFFICER)).isTrue();
        assertThat(draft.visibleTo(auditor)).isTrue();
        assertThat(draft.visibleTo(Actor.system("arrears-evaluation"))).isTrue();
        assertThat(draft.visibleTo(APPLICANT)).isTrue();
        assertThat(draft.visibleTo(otherCooperative)).isFalse();
        // The partner sees it from the forwarding on, another partner never.
        assertThat(draft.visibleTo(PARTNER)).isFalse();
        assertThat(loan.visibleTo(PARTNER)).isTrue();
        assertThat(loan.visibleTo(otherPartner)).isFalse();
        assertThat(loan.visibleTo(otherCooperative)).isFalse();
    }

    @Test
    void theEventsCarryTheAmountAskedUntilTheApprovalAndTheApprovedAmountAfter() {
        LoanApplication application = forwarded(program);
        assertThat(application.currentAmount()).isEqualTo(1_200_000);
        List<DomainEvent> approved = application.approve(program, new LoanDecision.Approve(1_000_000L, null, null, null), PARTNER, NOW);
        assertThat(((LoanApplicationStateChanged) approved.get(0).data()).amount()).isEqualTo(1_000_000);
        assertThat(application.currentAmount()).isEqualTo(1_000_000);
    }

    static LoanRepayment report(long amount, LocalDate paidOn) {
        return LoanRepayment.reported(new RepaymentReport(amount, paidOn, "RP-" + amount + "-" + paidOn));
    }
}
