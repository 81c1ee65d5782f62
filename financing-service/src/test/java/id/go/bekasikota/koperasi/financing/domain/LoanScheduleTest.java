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

    @Test
    void tinyAmountsNeverRepayMoreThanTheyOwe() {
        // Rp 5 over 7 months at 0%: round(5/7) = 1 a month would repay 7; principal stops at the balance.
        LoanSchedule zero = LoanSchedule.of(5, BigDecimal.ZERO, 7, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(zero.installments()).extracting(Installment::principal).containsExactly(1L, 1L, 1L, 1L, 1L, 0L, 0L);
        assertThat(zero.installments()).allSatisfy(i -> assertThat(i.balance()).isNotNegative());
        // Rp 7 over 12 months at 6%: interest rounds to 0 and the rounded installment (1) pays 1 a month until nothing is left.
        LoanSchedule tiny = LoanSchedule.of(7, new BigDecimal("0.06"), 12, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(sumOfPrincipal(tiny)).isEqualTo(7);
        assertThat(tiny.installments()).allSatisfy(i -> {
            assertThat(i.principal()).isNotNegative();
            assertThat(i.balance()).isNotNegative();
        });
        // Rp 1 flat over 3 months: floor(1/3) = 0, the whole rupiah in the last month.
        LoanSchedule flat = LoanSchedule.of(1, new BigDecimal("0.12"), 3, ScheduleMethod.FLAT, JAN_15);
        assertThat(flat.installments()).extracting(Installment::principal).containsExactly(0L, 0L, 1L);
        assertThat(flat.totalInterest()).isZero();
    }

    @Test
    void theInstallmentRoundsHalfUp() {
        // P = 2, r = 0.5% a month, n = 2: installment = 2 x 0.005 / (1 - 1.005^-2) = 1.00750... -> 1;
        // P = 3: 1.51125... -> 2 (half up would also lift exactly 1.5 to 2).
        assertThat(LoanSchedule.of(2, new BigDecimal("0.06"), 2, ScheduleMethod.DECLINING_BALANCE, JAN_15)
                .installments().get(0).amount()).isEqualTo(1);
        assertThat(LoanSchedule.of(3, new BigDecimal("0.06"), 2, ScheduleMethod.DECLINING_BALANCE, JAN_15)
                .installments().get(0).amount()).isEqualTo(2);
        // Flat: P x 6% / 12 = 10,000,100 x 0.005 = 50,000.5 -> 50,001.
        assertThat(LoanSchedule.of(10_000_100, new BigDecimal("0.06"), 12, ScheduleMethod.FLAT, JAN_15)
                .installments().get(0).interest()).isEqualTo(50_001);
    }

    @Test
    void theLastDecliningInstallmentTakesTheRemainingBalance() {
        LoanSchedule schedule = LoanSchedule.of(250_000_000, new BigDecimal("0.07"), 36, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        Installment beforeLast = schedule.installments().get(34);
        Installment last = schedule.installments().get(35);
        assertThat(last.principal()).isEqualTo(beforeLast.balance());
        assertThat(last.interest()).isEqualTo(new BigDecimal(beforeLast.balance()).multiply(new BigDecimal("0.07"))
                .divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL128).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        // The adjustment is a few rupiah at most: the rounding of 35 installments.
        assertThat(Math.abs(last.amount() - beforeLast.amount())).isLessThan(36);
        assertThat(schedule.installments()).extracting(Installment::balance).last().isEqualTo(0L);
        for (int k = 1; k < 36; k++) {
            Installment previous = schedule.installments().get(k - 1);
            Installment current = schedule.installments().get(k);
            assertThat(current.balance()).isEqualTo(previous.balance() - current.principal());
        }
    }

    @Test
    void flatLoansPayTheSameInterestEveryMonth() {
        LoanSchedule schedule = LoanSchedule.of(100_000_000, new BigDecimal("0.06"), 120, ScheduleMethod.FLAT,
                LocalDate.of(2026, 1, 31));
        assertThat(schedule.installments()).extracting(Installment::interest).containsOnly(500_000L);
        assertThat(schedule.totalInterest()).isEqualTo(60_000_000L);
        assertThat(schedule.installments().get(119).principal()).isEqualTo(100_000_000L - 119 * 833_333L);
        assertThat(schedule.installments().get(119).dueDate()).isEqualTo(LocalDate.of(2036, 1, 31));
        assertThat(schedule.installments().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    private static long sumOfPrincipal(LoanSchedule schedule) {
        return schedule.installments().stream().mapToLong(Installment::principal).sum();
    }
}
