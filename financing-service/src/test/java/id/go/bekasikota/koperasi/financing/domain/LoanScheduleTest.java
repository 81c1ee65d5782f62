package id.go.bekasikota.koperasi.financing.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoanScheduleTest {

    private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

    @Test
    void decliningBalanceByHand() {
        // P = 12,000,000; 12% a year -> r = 1% a month; n = 12.
        // installment = round(12,000,000 x 0.01 / (1 - 1.01^-12)) = round(1,066,185.46) = 1,066,185
        LoanSchedule schedule = LoanSchedule.of(12_000_000, new BigDecimal("0.12"), 12, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        Installment first = schedule.installments().get(0);
        assertThat(first.interest()).isEqualTo(120_000);
        assertThat(first.principal()).isEqualTo(946_185);
        assertThat(first.amount()).isEqualTo(1_066_185);
        assertThat(first.balance()).isEqualTo(11_053_815);
        Installment second = schedule.installments().get(1);
        assertThat(second.interest()).isEqualTo(110_538); // round(110,538.15)
        assertThat(second.principal()).isEqualTo(955_647);
        assertThat(sumOfPrincipal(schedule)).isEqualTo(12_000_000);
        Installment last = schedule.installments().get(11);
        assertThat(last.balance()).isZero();
        // Every month but the last pays the same installment; the last adjusts.
        assertThat(schedule.installments().subList(0, 11)).extracting(Installment::amount).containsOnly(1_066_185L);
        assertThat(last.amount()).isEqualTo(last.principal() + last.interest());
    }

    @Test
    void decliningBalanceRoundsInterestHalfUp() {
        // balance 150 x r 0.005 = 0.75 -> 1; 100 x 0.005 = 0.5 -> 1 (half up)
        LoanSchedule schedule = LoanSchedule.of(100, new BigDecimal("0.06"), 1, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(schedule.installments().get(0).interest()).isEqualTo(1);
        assertThat(schedule.installments().get(0).principal()).isEqualTo(100);
    }

    @Test
    void flatByHand() {
        // P = 10,000,001; 6% a year; n = 3: interest = round(50,000.005) = 50,000; principal = floor(3,333,333.67)
        LoanSchedule schedule = LoanSchedule.of(10_000_001, new BigDecimal("0.06"), 3, ScheduleMethod.FLAT, JAN_15);
        assertThat(schedule.installments()).extracting(Installment::interest).containsOnly(50_000L);
        assertThat(schedule.installments()).extracting(Installment::principal).containsExactly(3_333_333L, 3_333_333L, 3_333_335L);
        assertThat(sumOfPrincipal(schedule)).isEqualTo(10_000_001);
        assertThat(schedule.totalInterest()).isEqualTo(150_000);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-31, 1, 2026-02-28",
            "2028-01-31, 1, 2028-02-29",
            "2026-01-31, 2, 2026-03-31",
            "2026-01-31, 3, 2026-04-30",
            "2026-08-31, 6, 2027-02-28",
            "2026-03-15, 12, 2027-03-15"})
    void dueDatesKeepTheDayOfMonthOrTheMonthsLastDay(LocalDate disbursed, int k, LocalDate due) {
        LoanSchedule schedule = LoanSchedule.of(1_200_000, new BigDecimal("0.07"), 12, ScheduleMethod.FLAT, disbursed);
        assertThat(schedule.installments().get(k - 1).dueDate()).isEqualTo(due);
    }

    @Test
    void oneHundredTwentyMonthsOfAnLpdbInvestmentLoan() {
        LoanSchedule schedule = LoanSchedule.of(2_500_000_000L, new BigDecimal("0.045"), 120, ScheduleMethod.DECLINING_BALANCE,
                LocalDate.of(2026, 5, 31));
        assertThat(schedule.installments()).hasSize(120);
        assertThat(sumOfPrincipal(schedule)).isEqualTo(2_500_000_000L);
        assertThat(schedule.installments().get(119).balance()).isZero();
        assertThat(schedule.installments().get(119).dueDate()).isEqualTo(LocalDate.of(2036, 5, 31));
        assertThat(schedule.installments()).allSatisfy(i -> assertThat(i.principal()).isPositive());
    }

    @Test
    void zeroRateSplitsThePrincipal() {
        LoanSchedule schedule = LoanSchedule.of(1_000, BigDecimal.ZERO, 3, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(schedule.installments()).extracting(Installment::principal).containsExactly(333L, 333L, 334L);
        assertThat(schedule.totalInterest()).isZero();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> LoanSchedule.of(0, new BigDecimal("0.06"), 12, ScheduleMethod.FLAT, JAN_15))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoanSchedule.of(1_000, new BigDecimal("0.06"), 0, ScheduleMethod.FLAT, JAN_15))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoanSchedule.of(1_000, new BigDecimal("-0.01"), 12, ScheduleMethod.FLAT, JAN_15))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long sumOfPrincipal(LoanSchedule schedule) {
        return schedule.installments().stream().mapToLong(Installment::principal).sum();
    }
}
