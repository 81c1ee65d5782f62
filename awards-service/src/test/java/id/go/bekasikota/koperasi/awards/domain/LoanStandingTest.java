package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoanStandingTest {

    @Test
    void aDefaultStaysInTheRecordAfterSettlementAndOlderEventsChangeNothing() {
        LoanStanding loan = new LoanStanding();
        assertThat(loan.apply("SUBMITTED", 1, "e1")).isTrue();
        assertThat(loan.disbursed).isFalse();
        assertThat(loan.apply("DISBURSED", 4, "e4")).isTrue();
        assertThat(loan.apply("DEFAULTED", 6, "e6")).isTrue();
        assertThat(loan.apply("REPAYING", 5, "e5")).isFalse();
        assertThat(loan.state).isEqualTo("DEFAULTED");
        assertThat(loan.apply("DEFAULTED", 6, "e6-again")).isFalse();
        assertThat(loan.apply("SETTLED", 9, "e9")).isTrue();
        assertThat(loan.state).isEqualTo("SETTLED");
        assertThat(loan.disbursed).isTrue();
        assertThat(loan.everDefaulted).isTrue();
    }

    @Test
    void anApplicationNeverDisbursedIsNotALoan() {
        LoanStanding loan = new LoanStanding();
        loan.apply("SUBMITTED", 1, "e1");
        loan.apply("WITHDRAWN", 2, "e2");
        assertThat(loan.disbursed).isFalse();
        assertThat(loan.everDefaulted).isFalse();
    }
}
