package id.go.bekasikota.koperasi.financing.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationState.DEFAULTED;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationState.DISBURSED;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationState.REPAYING;
import static id.go.bekasikota.koperasi.financing.domain.LoanApplicationState.SETTLED;
import static org.assertj.core.api.Assertions.assertThat;

/** A portfolio's sums and its PAR30 (principal more than 30 days past due over principal outstanding), added up by hand. */
class PortfolioTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);
    static final UUID PROGRAM = UUID.randomUUID();

    @Test
    void sumsWhatWentOutWhatIsOwedAndWhatIsAtRisk() {
        Portfolio portfolio = Portfolio.of("bank-a", PROGRAM, AS_OF, List.of(
                new Portfolio.Loan(DISBURSED, 10_000_000, 8_000_000, 31),   // at risk: 31 days
                new Portfolio.Loan(REPAYING, 5_000_000, 3_000_000, 30),     // 30 days is not more than 30
                new Portfolio.Loan(DEFAULTED, 4_000_000, 4_000_000, 120),   // at risk, and a default
                new Portfolio.Loan(SETTLED, 2_000_000, 0, 0)));             // went out, owes nothing

        assertThat(portfolio.partnerId()).isEqualTo("bank-a");
        assertThat(portfolio.programId()).isEqualTo(PROGRAM);
        assertThat(portfolio.asOf()).isEqualTo(AS_OF);
        assertThat(portfolio.loans()).isEqualTo(4);
        assertThat(portfolio.outstandingLoans()).isEqualTo(3);
        assertThat(portfolio.disbursedTotal()).isEqualTo(21_000_000);
        assertThat(portfolio.outstandingPrincipal()).isEqualTo(15_000_000);
        assertThat(portfolio.outstandingPrincipalPastDue30()).isEqualTo(12_000_000);
        // 12,000,000 / 15,000,000 = 0.8
        assertThat(portfolio.par30()).isEqualTo(new BigDecimal("0.8000"));
        assertThat(portfolio.defaults()).isEqualTo(1);
    }

    @Test
    void par30IsRoundedHalfUpToFourDecimals() {
        Portfolio portfolio = Portfolio.of("bank-a", PROGRAM, AS_OF, List.of(
                new Portfolio.Loan(DISBURSED, 3_000_000, 3_000_000, 0),
                new Portfolio.Loan(REPAYING, 6_000_000, 6_000_000, 45)));
        // 6 / 9 = 0.66666... -> 0.6667
        assertThat(portfolio.par30()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(portfolio.defaults()).isZero();
    }

    @Test
    void withNothingOutstandingNothingIsAtRisk() {
        Portfolio settled = Portfolio.of("bank-a", PROGRAM, AS_OF, List.of(new Portfolio.Loan(SETTLED, 2_000_000, 0, 0)));
        assertThat(settled.par30()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(settled.outstandingLoans()).isZero();
        assertThat(Portfolio.of(null, null, AS_OF, List.of()).par30()).isEqualTo(new BigDecimal("0.0000"));
    }
}
