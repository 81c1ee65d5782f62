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

    @Test
    void asOfTheAssessmentDateALoanCountsWithTheTurnsItHadTaken() {
        java.time.LocalDate close = java.time.LocalDate.of(2026, 5, 31);
        // Disbursed in January, DEFAULTED on 20 June: clean as of the close of 31 May.
        LoanStanding laterDefault = new LoanStanding();
        laterDefault.apply("DISBURSED", 1, "a1", java.time.LocalDate.of(2026, 1, 15), AT);
        laterDefault.apply("DEFAULTED", 2, "a2", java.time.LocalDate.of(2026, 6, 20), AT);
        // Disbursed after the close: not a loan yet as of it.
        LoanStanding laterLoan = new LoanStanding();
        laterLoan.apply("DISBURSED", 1, "b1", java.time.LocalDate.of(2026, 6, 2), AT);
        // DEFAULTED in 2025 and settled in April 2026: defaulted once, not DEFAULTED at the close.
        LoanStanding settled = new LoanStanding();
        settled.apply("DISBURSED", 1, "c1", java.time.LocalDate.of(2024, 3, 1), AT);
        settled.apply("DEFAULTED", 2, "c2", java.time.LocalDate.of(2025, 9, 1), AT);
        settled.apply("SETTLED", 3, "c3", java.time.LocalDate.of(2026, 4, 30), AT);
        // DEFAULTED in March 2026, still so at the close.
        LoanStanding defaulted = new LoanStanding();
        defaulted.apply("DISBURSED", 1, "d1", java.time.LocalDate.of(2025, 2, 1), AT);
        defaulted.apply("DEFAULTED", 2, "d2", java.time.LocalDate.of(2026, 3, 10), AT);

        java.util.List<LoanStanding> loans = java.util.List.of(laterDefault, laterLoan, settled, defaulted);
        // By hand, as of 31 May: loans laterDefault, settled, defaulted (3); ever DEFAULTED: settled, defaulted (2);
        // DEFAULTED then: defaulted (1).
        assertThat(LoanStanding.record(loans, close)).isEqualTo(new LoanRecord(3, 1, 2));
        // As of 30 June everything has happened: 4 loans, 3 ever DEFAULTED, 2 DEFAULTED (laterDefault, defaulted).
        assertThat(LoanStanding.record(loans, java.time.LocalDate.of(2026, 6, 30))).isEqualTo(new LoanRecord(4, 2, 3));
    }

    @Test
    void aRowKeptBeforeTheDatesCountsAsItDid() {
        LoanStanding legacy = new LoanStanding();
        legacy.apply("DISBURSED", 1, "l1", AT);
        legacy.apply("DEFAULTED", 2, "l2", AT);
        assertThat(LoanStanding.record(java.util.List.of(legacy), java.time.LocalDate.of(2020, 1, 1))).isEqualTo(new LoanRecord(1, 1, 1));
    }
}
