package id.go.bekasikota.koperasi.financing.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The repayment schedule of a loan, exactly as DESIGN.md 3.1 defines it: monthly, the first due
 * date one month after disbursement on the same day of month (or the month's last day where that
 * day does not exist), whole rupiah rounded half-up, principal always summing to the amount.
 *
 * <p>Exact: the monthly rate r = annualRate / 12 is kept as a fraction of integers, every amount
 * is computed as a fraction from it and rounded half-up once, at the end. Nothing is rounded on
 * the way (a monthly rate of 7% / 12 = 0.00583... rounded to any number of digits would turn an
 * interest of exactly x.5 rupiah into x).
 */
public record LoanSchedule(long principal, BigDecimal annualRate, int tenorMonths, ScheduleMethod method,
                           LocalDate disbursedOn, List<Installment> installments) {

    private static final BigInteger TWELVE = BigInteger.valueOf(12);

    public LoanSchedule {
        installments = List.copyOf(installments);
    }

    public static LoanSchedule of(long principal, BigDecimal annualRate, int tenorMonths, ScheduleMethod method,
                                  LocalDate disbursedOn) {
        Objects.requireNonNull(annualRate, "annualRate");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(disbursedOn, "disbursedOn");
        if (principal <= 0) {
            throw new IllegalArgumentException("principal must be positive");
        }
        if (tenorMonths <= 0) {
            throw new IllegalArgumentException("tenorMonths must be positive");
        }
        if (annualRate.signum() < 0) {
            throw new IllegalArgumentException("annualRate cannot be negative");
        }
        MonthlyRate r = MonthlyRate.of(annualRate);
        List<Installment> installments = method == ScheduleMethod.FLAT
                ? flat(principal, r, tenorMonths, disbursedOn)
                : decliningBalance(principal, r, tenorMonths, disbursedOn);
        return new LoanSchedule(principal, annualRate, tenorMonths, method, disbursedOn, installments);
    }

    /** Due date of installment {@code k} (from 1): always counted from the disbursement date, never chained. */
    public static LocalDate dueDate(LocalDate disbursedOn, int k) {
        return disbursedOn.plusMonths(k);
    }

    public long totalInterest() {
        return installments.stream().mapToLong(Installment::interest).sum();
    }

    public long totalPayment() {
        return installments.stream().mapToLong(Installment::amount).sum();
    }

    /**
     * installment = round(P r / (1 - (1 + r)^-n)). With r = a / b that is
     * P a (a + b)^n / (b ((a + b)^n - b^n)): one fraction of integers, rounded once.
     */
    static long annuityInstallment(long principal, MonthlyRate r, int n) {
        BigInteger p = BigInteger.valueOf(principal);
        if (r.numerator().signum() == 0) {
            return roundHalfUp(p, BigInteger.valueOf(n));
        }
        BigInteger growth = r.numerator().add(r.denominator()).pow(n);
        BigInteger numerator = p.multiply(r.numerator()).multiply(growth);
        BigInteger denominator = r.denominator().multiply(growth.subtract(r.denominator().pow(n)));
        return roundHalfUp(numerator, denominator);
    }

    private static List<Installment> decliningBalance(long principal, MonthlyRate r, int n, LocalDate disbursedOn) {
        long installment = annuityInstallment(principal, r, n);
        List<Installment> result = new ArrayList<>(n);
        long balance = principal;
        for (int k = 1; k <= n; k++) {
            long interest = r.interestOn(balance);
            // Never negative (interest on a smaller balance never exceeds the rounded installment), and
            // never more than is owed: rounding up a tiny installment could otherwise repay early and overshoot.
            long principalPart = k == n ? balance : Math.min(installment - interest, balance);
            balance -= principalPart;
            result.add(new Installment(k, dueDate(disbursedOn, k), principalPart, interest, principalPart + interest, balance));
        }
        return result;
    }

    private static List<Installment> flat(long principal, MonthlyRate r, int n, LocalDate disbursedOn) {
        long interest = r.interestOn(principal);
        long principalPart = principal / n;
        List<Installment> result = new ArrayList<>(n);
        long balance = principal;
        for (int k = 1; k <= n; k++) {
            long part = k == n ? balance : Math.min(principalPart, balance);
            balance -= part;
            result.add(new Installment(k, dueDate(disbursedOn, k), part, interest, part + interest, balance));
        }
        return result;
    }

    /** numerator / denominator (both positive) to the nearest whole number, halves up. */
    static long roundHalfUp(BigInteger numerator, BigInteger denominator) {
        BigInteger[] quotientAndRemainder = numerator.divideAndRemainder(denominator);
        BigInteger quotient = quotientAndRemainder[0];
        if (quotientAndRemainder[1].shiftLeft(1).compareTo(denominator) >= 0) {
            quotient = quotient.add(BigInteger.ONE);
        }
        return quotient.longValueExact();
    }

    /** The monthly rate annualRate / 12 as an exact fraction a / b. */
    record MonthlyRate(BigInteger numerator, BigInteger denominator) {

        static MonthlyRate of(BigDecimal annualRate) {
            BigDecimal rate = annualRate.stripTrailingZeros();
            BigInteger numerator = rate.unscaledValue();
            BigInteger denominator = TWELVE;
            if (rate.scale() > 0) {
                denominator = denominator.multiply(BigInteger.TEN.pow(rate.scale()));
            } else {
                numerator = numerator.multiply(BigInteger.TEN.pow(-rate.scale()));
            }
            BigInteger common = numerator.gcd(denominator);
            return new MonthlyRate(numerator.divide(common), denominator.divide(common));
        }

        /** round(amount x r). */
        long interestOn(long amount) {
            return roundHalfUp(BigInteger.valueOf(amount).multiply(numerator), denominator);
        }
    }
}
