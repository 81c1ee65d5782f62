package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FinancingProgramTest {

    private static final Actor OFFICE = Actor.officer("officer@dev");

    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    static ProgramDefinition definition(String partnerId, long min, long max, int minTenor, int maxTenor, LocalDate closesOn) {
        return new ProgramDefinition(partnerId, "Bank", PartnerKind.BANK, "KUR", "KUR_KECIL", new BigDecimal("0.06"),
                ScheduleMethod.FLAT, min, max, minTenor, maxTenor, List.of(), List.of(), LocalDate.of(2026, 1, 1), closesOn,
                List.of());
    }

    @Test
    void aProgramsLimitsAreItsRangesAndItsRateAsACeiling() {
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), OFFICE, NOW);
        assertThat(program.limits()).isEqualTo(new LoanLimits(1_000_000, 500_000_000, 6, 36, new BigDecimal("0.06"), null, null));
        assertThat(program.terms().limits()).isEqualTo(program.limits());
        assertThat(program.createdAt).isEqualTo(NOW);
    }

    @Test
    void anInconsistentDefinitionIsRefusedNamingEveryField() {
        ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> FinancingProgram.define(
                definition("bank-a", 50_000_000, 1_000, 36, 6, LocalDate.of(2025, 12, 31)), OFFICE, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(refusal.errors()).extracting(e -> e.field()).containsExactly("maxAmount", "maxTenorMonths", "closesOn");
    }

    @Test
    void thePartnerCannotChangeOnceApplicationsNameTheProgram() {
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), OFFICE, NOW);
        ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> program.redefine(
                definition("bank-b", 1_000_000, 500_000_000, 6, 36, null), 1, 0, OFFICE, NOW));
        assertThat(refusal.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(program.partnerId).isEqualTo("bank-a");
        program.redefine(definition("bank-a", 2_000_000, 500_000_000, 6, 36, null), 1, 0, OFFICE, NOW.plusSeconds(60));
        assertThat(program.minAmount).isEqualTo(2_000_000);
        assertThat(program.updatedAt).isEqualTo(NOW.plusSeconds(60));
        program.redefine(definition("bank-b", 2_000_000, 500_000_000, 6, 36, null), 0, 0, OFFICE, NOW);
        assertThat(program.partnerId).isEqualTo("bank-b");
    }

    @Test
    void whileApplicationsAreUnderWayTheRateMayNotRiseNorTheMethodChangeButTheRateMayFall() {
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), OFFICE, NOW);
        ProgramDefinition same = definition("bank-a", 1_000_000, 500_000_000, 6, 36, null);
        ProgramDefinition higher = withTerms(same, new BigDecimal("0.090"), ScheduleMethod.FLAT);
        ProgramDefinition otherMethod = withTerms(same, new BigDecimal("0.06"), ScheduleMethod.DECLINING_BALANCE);

        for (ProgramDefinition change : List.of(higher, otherMethod)) {
            ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> program.redefine(change, 3, 2, OFFICE, NOW));
            assertThat(refusal.type()).isEqualTo(ProblemType.CONFLICT);
            assertThat(program.annualRate).isEqualByComparingTo("0.06");
            assertThat(program.method).isEqualTo(ScheduleMethod.FLAT);
        }
        // 0.060000 is the same rate written otherwise: no rise.
        program.redefine(withTerms(same, new BigDecimal("0.060000"), ScheduleMethod.FLAT), 3, 2, OFFICE, NOW);
        program.redefine(withTerms(same, new BigDecimal("0.045"), ScheduleMethod.FLAT), 3, 2, OFFICE, NOW);
        assertThat(program.annualRate).isEqualByComparingTo("0.045");
        // Decided, disbursed or still in preparation: the terms are free again.
        program.redefine(higher, 3, 0, OFFICE, NOW);
        assertThat(program.annualRate).isEqualByComparingTo("0.090");
        program.redefine(otherMethod, 3, 0, OFFICE, NOW);
        assertThat(program.method).isEqualTo(ScheduleMethod.DECLINING_BALANCE);
    }

    private static ProgramDefinition withTerms(ProgramDefinition d, BigDecimal rate, ScheduleMethod method) {
        return new ProgramDefinition(d.partnerId(), d.partnerName(), d.partnerKind(), d.name(), d.scheme(), rate, method,
                d.minAmount(), d.maxAmount(), d.minTenorMonths(), d.maxTenorMonths(), d.allowedJenis(), d.allowedKbliPrefixes(),
                d.opensOn(), d.closesOn(), d.requiredDocuments());
    }

    @Test
    void theProgramNamesWhoDefinedItAndWhoLastChangedIt() {
        Actor another = Actor.officer("analis-program@dev");
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), OFFICE, NOW);
        assertThat(program.createdBy).isEqualTo("officer@dev");
        assertThat(program.updatedBy).isEqualTo("officer@dev");
        program.redefine(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), 0, 0, another, NOW.plusSeconds(60));
        assertThat(program.updatedBy).as("the same definition again changes nothing").isEqualTo("officer@dev");
        program.redefine(definition("bank-a", 1_000_000, 400_000_000, 6, 36, null), 0, 0, another, NOW.plusSeconds(60));
        assertThat(program.updatedBy).isEqualTo("analis-program@dev");
        assertThat(program.createdBy).isEqualTo("officer@dev");
    }

    @Test
    void theSameDefinitionAgainChangesNothingItsRateComparedByValue() {
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), OFFICE, NOW);
        program.annualRate = new BigDecimal("0.060000");
        program.redefine(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), 3, 2, OFFICE, NOW.plusSeconds(60));
        assertThat(program.updatedAt).as("nothing changed, not even its time").isEqualTo(NOW);
        assertThat(program.annualRate).isEqualByComparingTo("0.06");
        program.redefine(withTerms(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), new BigDecimal("0.055"),
                ScheduleMethod.FLAT), 3, 2, OFFICE, NOW.plusSeconds(60));
        assertThat(program.annualRate).isEqualByComparingTo("0.055");
        assertThat(program.updatedAt).isEqualTo(NOW.plusSeconds(60));
        program.redefine(definition("bank-a", 1_000_000, 400_000_000, 6, 36, null), 3, 0, OFFICE, NOW.plusSeconds(120));
        assertThat(program.maxAmount).isEqualTo(400_000_000);
        assertThat(program.updatedAt).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void aProgramMayLendOneAmountForOneTenorOnOneDay() {
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 25_000_000, 25_000_000, 12, 12,
                LocalDate.of(2026, 1, 1)), OFFICE, NOW);
        assertThat(program.limits()).isEqualTo(new LoanLimits(25_000_000, 25_000_000, 12, 12, new BigDecimal("0.06"), null, null));
    }

    @Test
    void listsLeftOutAreEmptyNeverNull() {
        ProgramDefinition definition = new ProgramDefinition("bank-a", "Bank", PartnerKind.BANK, "KUR", "KUR_KECIL",
                new BigDecimal("0.06"), ScheduleMethod.FLAT, 1, 2, 1, 2, null, null, LocalDate.of(2026, 1, 1), null, null);
        assertThat(definition.allowedJenis()).isEmpty();
        assertThat(definition.allowedKbliPrefixes()).isEmpty();
        assertThat(definition.requiredDocuments()).isEmpty();
        ProgramTerms terms = new ProgramTerms(null, null, FinancingProgram.define(definition, OFFICE, NOW).limits(), LocalDate.of(2026, 1, 1), null);
        assertThat(terms.allowedJenis()).isEmpty();
        assertThat(terms.allowedKbliPrefixes()).isEmpty();
        assertThat(new Applicant(LocalDate.of(2010, 1, 1), null, "JASA", null, null, false).annualReports()).isEmpty();
    }

    @Test
    void aSimulationUnderAProgramTakesItsRateAndMethodUnlessALowerRateIsAsked() {
        // 6% a year, flat, on 12,000,000 over 12 months: interest 12,000,000 x 0.06 / 12 = 60,000 a month, principal
        // 1,000,000 a month, an installment of 1,060,000 and 720,000 of interest in all (by hand).
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), OFFICE, NOW);
        LoanSchedule schedule = program.simulate(12_000_000, null, 12, null, LocalDate.of(2026, 1, 31));
        assertThat(schedule.method()).isEqualTo(ScheduleMethod.FLAT);
        assertThat(schedule.annualRate()).isEqualByComparingTo("0.06");
        assertThat(schedule.installments().get(0).amount()).isEqualTo(1_060_000);
        assertThat(schedule.installments().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(schedule.totalInterest()).isEqualTo(720_000);
        // A partner may approve at 3%: 30,000 a month, 360,000 in all; the program's own method named is taken.
        LoanSchedule lower = program.simulate(12_000_000, new BigDecimal("0.03"), 12, ScheduleMethod.FLAT, LocalDate.of(2026, 1, 31));
        assertThat(lower.installments().get(0).interest()).isEqualTo(30_000);
        assertThat(lower.totalInterest()).isEqualTo(360_000);
        // The program's bounds themselves are inside.
        assertThat(program.simulate(1_000_000, null, 6, null, LocalDate.of(2026, 1, 31)).installments()).hasSize(6);
        assertThat(program.simulate(500_000_000, new BigDecimal("0.06"), 36, null, LocalDate.of(2026, 1, 31)).installments()).hasSize(36);
    }

    @Test
    void aSimulationOutsideTheProgramsLimitsNamesEveryBrokenOneAndAnotherMethodIsRefused() {
        FinancingProgram program = FinancingProgram.define(definition("bank-a", 1_000_000, 500_000_000, 6, 36, null), OFFICE, NOW);
        ProblemException outside = catchThrowableOfType(ProblemException.class,
                () -> program.simulate(999_999, new BigDecimal("0.060001"), 37, null, LocalDate.of(2026, 1, 31)));
        assertThat(outside.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(outside.errors()).extracting(e -> e.field()).containsExactly("amount", "tenorMonths", "annualRate");
        assertThat(outside.detail().in(java.util.Locale.ENGLISH)).isEqualTo("The terms are outside the limits of the program KUR");
        ProblemException above = catchThrowableOfType(ProblemException.class,
                () -> program.simulate(500_000_001, null, 5, null, LocalDate.of(2026, 1, 31)));
        assertThat(above.errors()).extracting(e -> e.field()).containsExactly("amount", "tenorMonths");
        ProblemException method = catchThrowableOfType(ProblemException.class,
                () -> program.simulate(12_000_000, null, 12, ScheduleMethod.DECLINING_BALANCE, LocalDate.of(2026, 1, 31)));
        assertThat(method.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(method.errors()).extracting(e -> e.field()).containsExactly("method");
        assertThat(method.errors().get(0).message()).isEqualTo("must be FLAT, the program's method, or be left out");
    }
}
