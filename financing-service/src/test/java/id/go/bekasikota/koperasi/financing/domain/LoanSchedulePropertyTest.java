package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.financing.support.ExactSchedule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LoanSchedule} against the exact schedule of {@link ExactSchedule} (rational arithmetic
 * written from DESIGN.md 3.1 in the tests) over 12,000 random loans: 0 differences.
 */
class LoanSchedulePropertyTest {

    /** Fixed, so a failure can be replayed; {@link #sample} says what it draws. */
    static final long SEED = 20_260_712L;
    static final int LOANS = 12_000;
    /** Rates whose monthly rate (rate / 12) has a repeating decimal expansion: where rounding r hides an exact half. */
    static final List<String> REPEATING = List.of("0.07", "0.10", "0.055", "0.13");
    static final List<String> OTHER = List.of("0", "0.06", "0.045", "0.12", "0.03", "0.185", "0.5");

    @Test
    void everyScheduleIsTheExactOne() {
        List<Loan> loans = sample(new Random(SEED), LOANS);
        int exactHalves = 0;
        List<Loan> differing = new ArrayList<>();
        for (Loan loan : loans) {
            ExactSchedule.Result expected = ExactSchedule.of(loan.principal(), loan.annualRate().toPlainString(),
                    loan.tenorMonths(), loan.method() == ScheduleMethod.FLAT, loan.disbursedOn());
            exactHalves += expected.exactHalves();
            List<ExactSchedule.Row> actual = LoanSchedule.of(loan.principal(), loan.annualRate(), loan.tenorMonths(),
                    loan.method(), loan.disbursedOn()).installments().stream()
                    .map(i -> new ExactSchedule.Row(i.number(), i.dueDate(), i.principal(), i.interest(), i.amount(), i.balance()))
                    .toList();
            if (!actual.equals(expected.rows())) {
                differing.add(loan);
            }
        }
        assertThat(loans).hasSizeGreaterThanOrEqualTo(10_000);
        // The sample reaches the case the old code got wrong: amounts of exactly x.5 rupiah.
        assertThat(exactHalves).as("exact halves met in the sample").isGreaterThan(1_000);
        assertThat(differing).as("loans whose schedule is not the exact one").isEmpty();
    }

    @Test
    void theSampleCoversWhatItClaims() {
        List<Loan> loans = sample(new Random(SEED), LOANS);
        assertThat(loans).extracting(Loan::tenorMonths).contains(1, 2, 36, 119, 120);
        assertThat(loans).extracting(l -> l.annualRate().toPlainString()).containsAll(REPEATING);
        assertThat(loans).extracting(Loan::disbursedOn)
                .anyMatch(d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 29)
                .anyMatch(d -> d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear())
                .anyMatch(d -> d.getDayOfMonth() == 31)
                .anyMatch(d -> d.getDayOfMonth() == 30)
                .anyMatch(d -> d.getDayOfMonth() == 29 && d.getMonthValue() != 2);
        assertThat(loans).extracting(Loan::method).contains(ScheduleMethod.FLAT, ScheduleMethod.DECLINING_BALANCE);
        assertThat(loans).extracting(Loan::principal)
                .anyMatch(p -> p % 1_000_000 == 0).anyMatch(p -> p < 1_000).anyMatch(p -> p > 4_000_000_000L);
    }

    record Loan(long principal, BigDecimal annualRate, int tenorMonths, ScheduleMethod method, LocalDate disbursedOn) {
    }

    /**
     * Amounts: a third round millions (Rp 1 million to 5 billion), a third any rupiah up to 5 billion,
     * a third small (up to Rp 100,000); rates: half from {@link #REPEATING}, a quarter from {@link #OTHER},
     * a quarter any rate below 50% with 6 decimals; tenors 1-120; three quarters declining balance;
     * disbursed on a month's last day, on the 29th-31st (or the last day of a shorter month), or any
     * day, 2020-2039 (leap years included).
     */
    static List<Loan> sample(Random random, int count) {
        List<Loan> loans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long principal = switch (random.nextInt(3)) {
                case 0 -> 1_000_000L * (1 + random.nextInt(5_000));
                case 1 -> 1 + (long) (random.nextDouble() * 5_000_000_000L);
                default -> 1 + random.nextInt(100_000);
            };
            BigDecimal rate = switch (random.nextInt(4)) {
                case 0, 1 -> new BigDecimal(REPEATING.get(random.nextInt(REPEATING.size())));
                case 2 -> new BigDecimal(OTHER.get(random.nextInt(OTHER.size())));
                default -> BigDecimal.valueOf(random.nextInt(500_000), 6);
            };
            int tenor = 1 + random.nextInt(120);
            ScheduleMethod method = random.nextInt(4) == 0 ? ScheduleMethod.FLAT : ScheduleMethod.DECLINING_BALANCE;
            YearMonth month = YearMonth.of(2020 + random.nextInt(20), 1 + random.nextInt(12));
            LocalDate disbursed = switch (random.nextInt(3)) {
                case 0 -> month.atEndOfMonth();
                case 1 -> month.atDay(Math.min(29 + random.nextInt(3), month.lengthOfMonth()));
                default -> month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            };
            loans.add(new Loan(principal, rate, tenor, method, disbursed));
        }
        return loans;
    }
}
