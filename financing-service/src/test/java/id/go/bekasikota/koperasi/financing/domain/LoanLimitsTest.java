package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.financing.domain.LoanLimits.Limit;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One test per limit, at and beyond its edge, and every broken limit reported at once. */
class LoanLimitsTest {

    /** A program lending Rp 1 million to 500 million for 6 to 36 months at 6% at most. */
    static final LoanLimits PROGRAM = LoanLimits.ofProgram(1_000_000, 500_000_000, 6, 36, new BigDecimal("0.06"));
    /** ... and an application that asked for Rp 10 million over 12 months. */
    static final LoanLimits ASKED = PROGRAM.asked(10_000_000, 12);

    static final BigDecimal RATE = new BigDecimal("0.06");

    @Test
    void termsWithinEveryLimitBreakNone() {
        assertThat(ASKED.check(10_000_000L, 12, RATE)).isEmpty();
        assertThat(ASKED.check(1_000_000L, 6, new BigDecimal("0.045"))).isEmpty();
        assertThat(PROGRAM.check(500_000_000L, 36, new BigDecimal("0.060000"))).isEmpty();
    }

    @Test
    void theProgramsMinimumAmount() {
        assertThat(ASKED.check(999_999L, null, null)).extracting(LoanLimits.Breach::limit).containsExactly(Limit.MIN_AMOUNT);
        assertThat(ASKED.check(1_000L, null, null)).extracting(LoanLimits.Breach::reason)
                .containsExactly("Amount 1000 is below the program's minimum of 1000000.");
        assertThat(ASKED.check(1_000_000L, null, null)).isEmpty();
    }

    @Test
    void theProgramsMaximumAmount() {
        assertThat(PROGRAM.check(500_000_001L, null, null)).extracting(LoanLimits.Breach::reason)
                .containsExactly("Amount 500000001 is above the program's maximum of 500000000.");
        assertThat(PROGRAM.check(500_000_000L, null, null)).isEmpty();
    }

    @Test
    void notMoreThanWasAsked() {
        assertThat(ASKED.check(10_000_001L, null, null)).extracting(LoanLimits.Breach::reason)
                .containsExactly("Amount 10000001 is more than the 10000000 asked.");
        assertThat(ASKED.check(10_000_000L, null, null)).isEmpty();
        // Before anyone asked, only the program bounds the amount.
        assertThat(PROGRAM.check(10_000_001L, null, null)).isEmpty();
    }

    @Test
    void theProgramsMinimumTenor() {
        assertThat(ASKED.check(null, 1, null)).extracting(LoanLimits.Breach::reason)
                .containsExactly("Tenor of 1 month is below the program's minimum of 6 months.");
        assertThat(ASKED.check(null, 5, null)).extracting(LoanLimits.Breach::limit).containsExactly(Limit.MIN_TENOR);
        assertThat(ASKED.check(null, 6, null)).isEmpty();
    }

    @Test
    void theProgramsMaximumTenor() {
        assertThat(PROGRAM.check(null, 37, null)).extracting(LoanLimits.Breach::reason)
                .containsExactly("Tenor of 37 months is above the program's maximum of 36 months.");
        assertThat(PROGRAM.check(null, 36, null)).isEmpty();
    }

    @Test
    void notLongerThanWasAsked() {
        assertThat(ASKED.check(null, 13, null)).extracting(LoanLimits.Breach::reason)
                .containsExactly("Tenor of 13 months is longer than the 12 months asked.");
        assertThat(ASKED.check(null, 12, null)).isEmpty();
    }

    @Test
    void theProgramsRateIsACeiling() {
        assertThat(ASKED.check(null, null, new BigDecimal("0.0601"))).extracting(LoanLimits.Breach::reason)
                .containsExactly("Annual rate 0.0601 is above the program's rate of 0.06.");
        assertThat(ASKED.check(null, null, new BigDecimal("0.06"))).isEmpty();
        assertThat(ASKED.check(null, null, BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void everyBrokenLimitIsAReasonInOrder() {
        // 600 million over 48 months at 7%, after asking 10 million over 12: five limits at once.
        assertThat(ASKED.check(600_000_000L, 48, new BigDecimal("0.07"))).extracting(LoanLimits.Breach::limit)
                .containsExactly(Limit.MAX_AMOUNT, Limit.ASKED_AMOUNT, Limit.MAX_TENOR, Limit.ASKED_TENOR, Limit.MAX_RATE);
        assertThat(ASKED.check(1_000L, 1, null)).extracting(LoanLimits.Breach::limit)
                .containsExactly(Limit.MIN_AMOUNT, Limit.MIN_TENOR);
    }

    @Test
    void enforcingRefusesWithEveryReasonAndTheFieldsAtFault() {
        ProblemException refusal = catchThrowableOfType(ProblemException.class,
                () -> ASKED.enforce(Text.of("financing.application.approval-outside-limits"), 1_000L, 1, new BigDecimal("0.07")));
        assertThat(refusal.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refusal.type().status()).isEqualTo(422);
        assertThat(refusal.getMessage()).isEqualTo("The approval is outside the limits of the program or of the application");
        assertThat(refusal.toProblem(null).extensions().get("reasons")).isEqualTo(List.of(
                "Amount 1000 is below the program's minimum of 1000000.",
                "Tenor of 1 month is below the program's minimum of 6 months.",
                "Annual rate 0.07 is above the program's rate of 0.06."));
        assertThat(refusal.errors()).extracting(e -> e.field()).containsExactly("amount", "tenorMonths", "annualRate");
        // Within the limits: nothing happens.
        ASKED.enforce(Text.of("financing.application.approval-outside-limits"), 10_000_000L, 12, RATE);
    }

    @Test
    void aTermNotGivenIsNotChecked() {
        assertThat(ASKED.check(null, null, null)).isEmpty();
    }
}
