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
        // balance 100 x r 0.005 = 0.5 exactly -> 1 (half up)
        LoanSchedule schedule = LoanSchedule.of(100, new BigDecimal("0.06"), 1, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(schedule.installments().get(0).interest()).isEqualTo(1);
        assertThat(schedule.installments().get(0).principal()).isEqualTo(100);
    }

    @Test
    void anInterestOfExactlyHalfARupiahAtARepeatingMonthlyRateRoundsUp() {
        // 7% a year: r = 7/1200 = 0.0058333... (a repeating decimal). P = 600, one month:
        // interest = 600 x 7 / 1200 = 3.5 exactly -> 4 (rounding r first gives 3.4999... -> 3).
        LoanSchedule one = LoanSchedule.of(600, new BigDecimal("0.07"), 1, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(one.installments()).extracting(Installment::interest, Installment::principal, Installment::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, 600L, 604L));
        // P = 1,444,200 over 2 months at 7%: installment = P (1+r)^2 / (2+r) = 1,444,200 x 1207^2 / (1200 x 2407)
        // = 1207^2 / 2 = 728,424.5 -> 728,425. Month 1: interest 1,444,200 x 7/1200 = 8,424.5 -> 8,425, principal 720,000,
        // balance 724,200. Month 2: interest 724,200 x 7/1200 = 4,224.5 -> 4,225, principal 724,200 (the rest).
        LoanSchedule two = LoanSchedule.of(1_444_200, new BigDecimal("0.07"), 2, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(two.installments()).extracting(Installment::principal).containsExactly(720_000L, 724_200L);
        assertThat(two.installments()).extracting(Installment::interest).containsExactly(8_425L, 4_225L);
        assertThat(two.installments()).extracting(Installment::amount).containsExactly(728_425L, 728_425L);
        assertThat(two.installments()).extracting(Installment::balance).containsExactly(724_200L, 0L);
    }

    @Test
    void anInstallmentOfExactlyHalfARupiahRoundsUp() {
        // 10% a year: r = 1/120, 1 + r = 121/120. n = 4: (1+r)^4 = 121^4 / 120^4 = 214,358,881 / 207,360,000.
        // installment = P r (1+r)^4 / ((1+r)^4 - 1) = P x 214,358,881 / (120 x (214,358,881 - 207,360,000))
        //             = P x 214,358,881 / 839,865,720. With P = 419,932,860 (half of 839,865,720):
        // installment = 214,358,881 / 2 = 107,179,440.5 -> 107,179,441 (rounding r first gives 107,179,440).
        // Every interest is a half too (each balance is an odd multiple of 60):
        //   1: 419,932,860 / 120 = 3,499,440.5 -> 3,499,441; principal 103,680,000; balance 316,252,860
        //   2: 316,252,860 / 120 = 2,635,440.5 -> 2,635,441; principal 104,544,000; balance 211,708,860
        //   3: 211,708,860 / 120 = 1,764,240.5 -> 1,764,241; principal 105,415,200; balance 106,293,660
        //   4: 106,293,660 / 120 =   885,780.5 ->   885,781; principal 106,293,660 (the rest)
        LoanSchedule schedule = LoanSchedule.of(419_932_860L, new BigDecimal("0.10"), 4, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        assertThat(schedule.installments()).extracting(Installment::amount)
                .containsExactly(107_179_441L, 107_179_441L, 107_179_441L, 107_179_441L);
        assertThat(schedule.installments()).extracting(Installment::interest)
                .containsExactly(3_499_441L, 2_635_441L, 1_764_241L, 885_781L);
        assertThat(schedule.installments()).extracting(Installment::principal)
                .containsExactly(103_680_000L, 104_544_000L, 105_415_200L, 106_293_660L);
        assertThat(schedule.installments()).extracting(Installment::balance)
                .containsExactly(316_252_860L, 211_708_860L, 106_293_660L, 0L);
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
        // Computed apart from the code in exact fractions (r = 0.045 / 12): installment 25,909,602, the first month's
        // interest 9,375,000; the last month pays the balance 25,812,831 with interest 96,798 (25,909,629 in all); the
        // interest of the 120 months sums to 609,152,267.
        assertThat(schedule.installments().get(0).amount()).isEqualTo(25_909_602L);
        assertThat(schedule.installments().get(0).interest()).isEqualTo(9_375_000L);
        assertThat(schedule.installments().get(119).principal()).isEqualTo(25_812_831L);
        assertThat(schedule.installments().get(119).interest()).isEqualTo(96_798L);
        assertThat(schedule.installments().stream().mapToLong(Installment::interest).sum()).isEqualTo(609_152_267L);
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
    void theInstallmentRoundsToTheNearestRupiah() {
        // P = 2, r = 0.5% a month, n = 2: installment = 2 x 1.005^2 / 2.005 = 1.00750... -> 1;
        // P = 3: 1.51125... -> 2.
        assertThat(LoanSchedule.of(2, new BigDecimal("0.06"), 2, ScheduleMethod.DECLINING_BALANCE, JAN_15)
                .installments().get(0).amount()).isEqualTo(1);
        assertThat(LoanSchedule.of(3, new BigDecimal("0.06"), 2, ScheduleMethod.DECLINING_BALANCE, JAN_15)
                .installments().get(0).amount()).isEqualTo(2);
        // Flat: P x 6% / 12 = 10,000,100 x 0.005 = 50,000.5 -> 50,001.
        assertThat(LoanSchedule.of(10_000_100, new BigDecimal("0.06"), 12, ScheduleMethod.FLAT, JAN_15)
                .installments().get(0).interest()).isEqualTo(50_001);
        // Flat at a repeating monthly rate: 1,200 x 5.5% / 12 = 5.5 exactly -> 6.
        assertThat(LoanSchedule.of(1_200, new BigDecimal("0.055"), 12, ScheduleMethod.FLAT, JAN_15)
                .installments().get(0).interest()).isEqualTo(6);
        // Zero rate: P / n, 5 / 2 = 2.5 -> 3 a month; the last month takes what is left (2).
        assertThat(LoanSchedule.of(5, BigDecimal.ZERO, 2, ScheduleMethod.DECLINING_BALANCE, JAN_15).installments())
                .extracting(Installment::principal).containsExactly(3L, 2L);
    }

    @Test
    void theLastDecliningInstallmentTakesTheRemainingBalance() {
        LoanSchedule schedule = LoanSchedule.of(250_000_000, new BigDecimal("0.07"), 36, ScheduleMethod.DECLINING_BALANCE, JAN_15);
        Installment beforeLast = schedule.installments().get(34);
        Installment last = schedule.installments().get(35);
        // Computed apart from the code, in exact fractions (Python's Fraction, the rule of DESIGN.md 3.1 step by step):
        // installment round(250,000,000 r / (1 - (1 + r)^-36)), r = 0.07 / 12, is 7,719,274; after the 35th the balance
        // is 7,674,515; the 36th pays it with interest round(7,674,515 x r) = 44,768, 7,719,283 in all; the interest of
        // the 36 months sums to 27,893,873.
        assertThat(schedule.installments()).extracting(Installment::amount).first().isEqualTo(7_719_274L);
        assertThat(beforeLast.balance()).isEqualTo(7_674_515L);
        assertThat(last.principal()).isEqualTo(7_674_515L);
        assertThat(last.interest()).isEqualTo(44_768L);
        assertThat(last.amount()).isEqualTo(7_719_283L);
        assertThat(schedule.installments().stream().mapToLong(Installment::interest).sum()).isEqualTo(27_893_873L);
        assertThat(last.principal()).isEqualTo(beforeLast.balance());
        // Its interest: balance x 7 / 1200, half up, in whole-number arithmetic: (2 x balance x 7 + 1200) div 2400.
        assertThat(last.interest()).isEqualTo((2 * beforeLast.balance() * 7 + 1_200) / 2_400);
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
