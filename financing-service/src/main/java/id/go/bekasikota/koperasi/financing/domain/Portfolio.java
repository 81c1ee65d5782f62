package id.go.bekasikota.koperasi.financing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A partner's or program's disbursed loans as of a date: how much went out, how much principal
 * is still owed, and the portfolio at risk beyond 30 days (PAR30).
 */
public record Portfolio(String partnerId, UUID programId, LocalDate asOf, long loans, long outstandingLoans,
                        long disbursedTotal, long outstandingPrincipal, long outstandingPrincipalPastDue30,
                        BigDecimal par30, long defaults) {

    /** One disbursed loan: its state, amount, principal still owed and days past due as of the date. */
    public record Loan(LoanApplicationState state, long disbursedAmount, long outstandingPrincipal, int daysPastDue) {
    }

    public static Portfolio of(String partnerId, UUID programId, LocalDate asOf, List<Loan> loans) {
        long disbursed = 0;
        long outstanding = 0;
        long atRisk = 0;
        long outstandingLoans = 0;
        long defaults = 0;
        for (Loan loan : loans) {
            disbursed += loan.disbursedAmount();
            if (loan.state().outstanding()) {
                outstanding += loan.outstandingPrincipal();
                outstandingLoans++;
                if (loan.daysPastDue() > 30) {
                    atRisk += loan.outstandingPrincipal();
                }
            }
            if (loan.state() == LoanApplicationState.DEFAULTED) {
                defaults++;
            }
        }
        BigDecimal par30 = outstanding == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(atRisk).divide(BigDecimal.valueOf(outstanding), 4, RoundingMode.HALF_UP);
        return new Portfolio(partnerId, programId, asOf, loans.size(), outstandingLoans, disbursed, outstanding, atRisk, par30, defaults);
    }
}
