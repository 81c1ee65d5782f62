package id.go.bekasikota.koperasi.financing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The repayment schedule of a loan, exactly as DESIGN.md 3.1 defines it: monthly, the first due
 * date one month after disbursement on the same day of month (or the month's last day where that
 * day does not exist), whole rupiah rounded half-up, principal always summing to the amount.
 */
public record LoanSchedule(long principal, BigDecimal annualRate, int tenorMonths, ScheduleMethod method,
                           LocalDate disbursedOn, List<Installment> installments) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

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
        List<Installment> installments = method == ScheduleMethod.FLAT
                ? flat(principal, annualRate, tenorMonths, disbursedOn)
                : decliningBalance(principal, annualRate, tenorMonths, disbursedOn);
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

    private static List<Installment> decliningBalance(long principal, BigDecimal annualRate, int n, LocalDate disbursedOn) {
        BigDecimal r = annualRate.divide(TWELVE, PRECISION);
        long installment;
        if (r.signum() == 0) {
            installment = round(BigDecimal.valueOf(principal).divide(BigDecimal.valueOf(n), PRECISION));
        } else {
            // P r / (1 - (1 + r)^-n)
            BigDecimal growth = BigDecimal.ONE.add(r).pow(n, PRECISION);
            BigDecimal factor = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, PRECISION));
            installment = round(BigDecimal.valueOf(principal).multiply(r).divide(factor, PRECISION));
        }
        List<Installment> result = new ArrayList<>(n);
        long balance = principal;
        for (int k = 1; k <= n; k++) {
            long interest = round(BigDecimal.valueOf(balance).multiply(r));
            // Never negative (interest on a smaller balance never exceeds the rounded installment), and
            // never more than is owed: rounding up a tiny installment could otherwise repay early and overshoot.
            long principalPart = k == n ? balance : Math.min(installment - interest, balance);
            balance -= principalPart;
            result.add(new Installment(k, dueDate(disbursedOn, k), principalPart, interest, principalPart + interest, balance));
        }
        return result;
    }

    private static List<Installment> flat(long principal, BigDecimal annualRate, int n, LocalDate disbursedOn) {
        long interest = round(BigDecimal.valueOf(principal).multiply(annualRate).divide(TWELVE, PRECISION));
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

    private static long round(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
