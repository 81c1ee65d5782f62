package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoanStandingTest {

    private static final java.time.Instant AT = java.time.Instant.parse("2026-05-10T05:00:00Z");

    @Test
    void aDefaultStaysInTheRecordAfterSettlementAndOlderEventsChangeNothing() {
        LoanStanding loan = new LoanStanding();
        assertThat(loan.apply("SUBMITTED", 1, "e1", AT)).isTrue();
        assertThat(loan.disbursed).isFalse();
        assertThat(loan.apply("DISBURSED", 4, "e4", AT)).isTrue();
        assertThat(loan.apply("DEFAULTED", 6, "e6", AT)).isTrue();
        assertThat(loan.apply("REPAYING", 5, "e5", AT)).isFalse();
        assertThat(loan.state).isEqualTo("DEFAULTED");
        assertThat(loan.apply("DEFAULTED", 6, "e6-again", AT)).isFalse();
        assertThat(loan.apply("SETTLED", 9, "e9", AT)).isTrue();
        assertThat(loan.state).isEqualTo("SETTLED");
        assertThat(loan.disbursed).isTrue();
        assertThat(loan.everDefaulted).isTrue();
        assertThat(loan.aggregateVersion).isEqualTo(9);
        assertThat(loan.updatedAt).isEqualTo(AT);
    }

    @Test
    void anApplicationNeverDisbursedIsNotALoan() {
        LoanStanding loan = new LoanStanding();
        loan.apply("SUBMITTED", 1, "e1", AT);
        loan.apply("WITHDRAWN", 2, "e2", AT);
        assertThat(loan.disbursed).isFalse();
        assertThat(loan.everDefaulted).isFalse();
    }
}
