package id.go.bekasikota.koperasi.financing.support;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule of DESIGN.md 3.1 computed in the tests by another road than the production code:
 * rational numbers built step by step from the formula as written (installment
 * P r / (1 - (1 + r)^-n), the discount factor (1 + r)^-n as the reciprocal of (1 + r)^n),
 * rounding as floor(x + 1/2), due dates from year and month arithmetic. It reads nothing of
 * {@code LoanSchedule}: it is the oracle the schedules are held against.
 */
public final class ExactSchedule {

    private ExactSchedule() {
    }

    /** One installment; {@code balance} is the principal left after it. */
    public record Row(int number, LocalDate dueDate, long principal, long interest, long amount, long balance) {
    }

    /** The rows, and how many amounts on the way were exactly x.5 rupiah (the case rounding must lift). */
    public record Result(List<Row> rows, int exactHalves) {

        public long totalInterest() {
            return rows.stream().mapToLong(Row::interest).sum();
        }

        public long totalPayment() {
            return rows.stream().mapToLong(Row::amount).sum();
        }
    }

    /**
     * @param annualRate a plain decimal such as {@code "0.055"}
     * @param flat       flat interest on the principal; otherwise declining balance (annuity)
     */
    public static Result of(long principal, String annualRate, int tenorMonths, boolean flat, LocalDate disbursedOn) {
        Q r = Q.decimal(annualRate).divide(Q.of(12));
        Q p = Q.of(principal);
        int n = tenorMonths;
        int halves = 0;
        List<Row> rows = new ArrayList<>();
        if (flat) {
            Q monthlyInterest = p.times(r);
            halves += monthlyInterest.isHalf() ? 1 : 0;
            long interest = monthlyInterest.rounded();
            long part = principal / n;
            long balance = principal;
            for (int k = 1; k <= n; k++) {
                long paid = k < n ? Math.min(part, balance) : balance;
                balance -= paid;
                rows.add(new Row(k, due(disbursedOn, k), paid, interest, paid + interest, balance));
            }
            return new Result(rows, halves);
        }
        Q exactInstallment;
        if (r.isZero()) {
            exactInstallment = p.divide(Q.of(n));
        } else {
            Q discount = Q.of(1).divide(Q.of(1).plus(r).power(n));
            exactInstallment = p.times(r).divide(Q.of(1).minus(discount));
        }
        halves += exactInstallment.isHalf() ? 1 : 0;
        long installment = exactInstallment.rounded();
        long balance = principal;
        for (int k = 1; k <= n; k++) {
            Q exactInterest = Q.of(balance).times(r);
            halves += exactInterest.isHalf() ? 1 : 0;
            long interest = exactInterest.rounded();
            long paid = k < n ? Math.min(installment - interest, balance) : balance;
            balance -= paid;
            rows.add(new Row(k, due(disbursedOn, k), paid, interest, paid + interest, balance));
        }
        return new Result(rows, halves);
    }

    /** k months after disbursement: the same day, or the last day of a shorter month. */
    public static LocalDate due(LocalDate disbursed, int k) {
        int months = disbursed.getYear() * 12 + disbursed.getMonthValue() - 1 + k;
        YearMonth month = YearMonth.of(months / 12, months % 12 + 1);
        return month.atDay(Math.min(disbursed.getDayOfMonth(), month.lengthOfMonth()));
    }

    /** A non-negative rational number in lowest terms. */
    record Q(BigInteger num, BigInteger den) {

        static Q of(long value) {
            return new Q(BigInteger.valueOf(value), BigInteger.ONE);
        }

        /** From a plain decimal string such as "0.055". */
        static Q decimal(String plain) {
            int point = plain.indexOf('.');
            if (point < 0) {
                return new Q(new BigInteger(plain), BigInteger.ONE);
            }
            String digits = plain.substring(0, point) + plain.substring(point + 1);
            return new Q(new BigInteger(digits), BigInteger.TEN.pow(plain.length() - point - 1)).reduced();
        }

        Q reduced() {
            BigInteger g = num.gcd(den);
            return g.signum() == 0 || g.equals(BigInteger.ONE) ? this : new Q(num.divide(g), den.divide(g));
        }

        Q plus(Q o) {
            return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)).reduced();
        }

        Q minus(Q o) {
            return new Q(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den)).reduced();
        }

        Q times(Q o) {
            return new Q(num.multiply(o.num), den.multiply(o.den)).reduced();
        }

        Q divide(Q o) {
            return new Q(num.multiply(o.den), den.multiply(o.num)).reduced();
        }

        /** Still in lowest terms: numerator and denominator share no prime factor, nor do their powers. */
        Q power(int k) {
            return new Q(num.pow(k), den.pow(k));
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        /** Exactly an odd number of halves: x.5. */
        boolean isHalf() {
            return den.equals(BigInteger.TWO);
        }

        /** floor(x + 1/2): half-up for a non-negative x. */
        long rounded() {
            Q shifted = plus(new Q(BigInteger.ONE, BigInteger.TWO));
            return shifted.num.divide(shifted.den).longValueExact();
        }
    }
}
