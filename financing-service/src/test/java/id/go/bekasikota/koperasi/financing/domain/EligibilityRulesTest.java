package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRulesTest {

    /** 1 August 2026: the latest due financial year F is 2025. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);
    private static final ProgramTerms LPDB = new ProgramTerms(List.of("SIMPAN_PINJAM", "PRODUSEN"), List.of("64", "32"),
            LoanLimits.ofProgram(50_000_000, 5_000_000_000L, 12, 60, new BigDecimal("0.055")),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static AnnualReportSummary report(int year, long surplus) {
        return new AnnualReportSummary(year, LocalDate.of(year + 1, 3, 21), 400, 450, 12, 5_000_000_000L, 1_000_000_000L,
                20_000_000_000L, 8_000_000_000L, surplus);
    }

    private static Applicant healthy() {
        return new Applicant(LocalDate.of(2010, 5, 2), null, "SIMPAN_PINJAM", "64141",
                List.of(report(2024, 900_000_000L), report(2025, 1_200_000_000L)), false);
    }

    @Test
    void aHealthyCooperativeWithinTheLimitsIsEligible() {
        Eligibility eligibility = EligibilityRules.evaluate(healthy(), LPDB, 250_000_000L, 36, AS_OF);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.reasons()).isEmpty();
        assertThat(eligibility.latestDueYear()).isEqualTo(2025);
        assertThat(eligibility.checks()).extracting(Eligibility.Check::rule).containsExactly(EligibilityRule.values());
        assertThat(eligibility.checks()).allMatch(c -> c.outcome() == Eligibility.Outcome.PASSED);
    }

    @Test
    void everyFailedRuleIsAReason() {
        Applicant everythingWrong = new Applicant(AS_OF.minusMonths(6), null, "KONSUMEN", "47111", List.of(), true);
        Eligibility eligibility = EligibilityRules.evaluate(everythingWrong, LPDB, 10_000_000L, 120, LocalDate.of(2027, 1, 5));
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.checks()).filteredOn(c -> c.outcome() == Eligibility.Outcome.FAILED)
                .extracting(Eligibility.Check::rule)
                .containsExactly(EligibilityRule.POSITIVE_SURPLUS_LATEST_DUE_YEAR, EligibilityRule.FOUNDED_AT_LEAST_ONE_YEAR,
                        EligibilityRule.NO_DEFAULTED_LOAN, EligibilityRule.JENIS_ALLOWED, EligibilityRule.KBLI_ALLOWED,
                        EligibilityRule.AMOUNT_WITHIN_LIMITS, EligibilityRule.TENOR_WITHIN_LIMITS, EligibilityRule.PROGRAM_OPEN);
        assertThat(eligibility.reasons()).hasSize(8)
                .anySatisfy(r -> assertThat(r).contains("No RAT report for 2025"))
                .anySatisfy(r -> assertThat(r).contains("Jenis KONSUMEN is not accepted"))
                .anySatisfy(r -> assertThat(r).contains("KBLI 47111 is not accepted"))
                .contains("Amount 10000000 is below the program's minimum of 50000000.")
                .contains("Tenor of 120 months is above the program's maximum of 60 months.")
                .anySatisfy(r -> assertThat(r).contains("Has a DEFAULTED loan"));
    }

    @Test
    void aDormantCooperativeIsNotActive() {
        Applicant dormant = new Applicant(LocalDate.of(2001, 1, 1), null, "SIMPAN_PINJAM", "64141",
                List.of(report(2021, 10_000_000L)), false);
        Eligibility eligibility = EligibilityRules.evaluate(dormant, LPDB, 100_000_000L, 24, AS_OF);
        assertThat(eligibility.reasons()).first().asString().contains("INACTIVE, no RAT report for 2024 or 2025");
        assertThat(eligibility.reasons()).anySatisfy(r -> assertThat(r).contains("No RAT report for 2025"));
    }

    @Test
    void aDissolvedCooperativeIsNotActive() {
        Applicant dissolved = new Applicant(LocalDate.of(2001, 1, 1), LocalDate.of(2026, 6, 30), "SIMPAN_PINJAM", "64141",
                healthy().annualReports(), false);
        assertThat(EligibilityRules.evaluate(dissolved, LPDB, 100_000_000L, 24, AS_OF).reasons())
                .containsExactly("Not ACTIVE as of 2026-08-01: dissolved on 2026-06-30.");
    }

    @Test
    void theSurplusOfTheLatestDueYearMustBePositive() {
        Applicant loss = new Applicant(LocalDate.of(2010, 5, 2), null, "SIMPAN_PINJAM", "64141",
                List.of(report(2024, 900_000_000L), report(2025, 0)), false);
        assertThat(EligibilityRules.evaluate(loss, LPDB, 100_000_000L, 24, AS_OF).reasons())
                .containsExactly("The surplus (SHU) reported for 2025 is 0, not positive.");
        // Before 1 July 2026 the latest due year is 2024, whose surplus was positive.
        assertThat(EligibilityRules.evaluate(loss, LPDB, 100_000_000L, 24, LocalDate.of(2026, 6, 30)).eligible()).isTrue();
    }

    @Test
    void aReportHeldAfterTheApplicationDateDoesNotCount() {
        Applicant late = new Applicant(LocalDate.of(2010, 5, 2), null, "SIMPAN_PINJAM", "64141",
                List.of(report(2024, 900_000_000L), new AnnualReportSummary(2025, LocalDate.of(2026, 9, 1), 1, 1, 1, 1, 1, 1, 1, 50)), false);
        assertThat(EligibilityRules.evaluate(late, LPDB, 100_000_000L, 24, AS_OF).reasons())
                .containsExactly("No RAT report for 2025, the latest due financial year as of 2026-08-01.");
    }

    @Test
    void foundedExactlyOneYearBeforeIsOldEnough() {
        Applicant young = new Applicant(LocalDate.of(2025, 8, 1), null, "SIMPAN_PINJAM", "64141", List.of(), false);
        Eligibility eligibility = EligibilityRules.evaluate(young, LPDB, 100_000_000L, 24, AS_OF);
        // Other rules fail (a report for 2025 is due and missing); this one passes on the anniversary itself.
        assertThat(eligibility.checks()).filteredOn(c -> c.rule() == EligibilityRule.FOUNDED_AT_LEAST_ONE_YEAR)
                .extracting(Eligibility.Check::outcome).containsExactly(Eligibility.Outcome.PASSED);
        Applicant younger = new Applicant(LocalDate.of(2025, 8, 2), null, "SIMPAN_PINJAM", "64141", List.of(), false);
        assertThat(EligibilityRules.evaluate(younger, LPDB, 100_000_000L, 24, AS_OF).reasons())
                .contains("Founded on 2025-08-02, less than one year before 2026-08-01.");
    }

    @Test
    void limitsAreInclusiveAndAPreviewMayLeaveThemOut() {
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, 50_000_000L, 12, AS_OF).eligible()).isTrue();
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, 5_000_000_000L, 60, AS_OF).eligible()).isTrue();
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, 5_000_000_001L, 60, AS_OF).reasons())
                .containsExactly("Amount 5000000001 is above the program's maximum of 5000000000.");
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, 49_999_999L, 11, AS_OF).reasons())
                .containsExactly("Amount 49999999 is below the program's minimum of 50000000.",
                        "Tenor of 11 months is below the program's minimum of 12 months.");
        Eligibility preview = EligibilityRules.evaluate(healthy(), LPDB, null, null, AS_OF);
        assertThat(preview.eligible()).isTrue();
        assertThat(preview.checks()).filteredOn(c -> c.outcome() == Eligibility.Outcome.NOT_CHECKED)
                .extracting(Eligibility.Check::rule)
                .containsExactly(EligibilityRule.AMOUNT_WITHIN_LIMITS, EligibilityRule.TENOR_WITHIN_LIMITS);
    }

    @Test
    void theBrokenLimitsNameTheirFieldsAndNoOtherRuleDoes() {
        Eligibility outside = EligibilityRules.evaluate(healthy(), LPDB, 49_999_999L, 61, AS_OF);
        assertThat(outside.fieldErrors()).extracting(e -> e.in(Languages.ENGLISH)).containsExactly(
                new Problem.FieldError("amount", "Amount 49999999 is below the program's minimum of 50000000."),
                new Problem.FieldError("tenorMonths", "Tenor of 61 months is above the program's maximum of 60 months."));
        assertThat(outside.checks().stream().filter(c -> c.rule() == EligibilityRule.AMOUNT_WITHIN_LIMITS)
                .flatMap(c -> c.breaches().stream()).map(LoanLimits.Breach::limit).toList())
                .containsExactly(LoanLimits.Limit.MIN_AMOUNT);
        // Within the limits, or only other rules failing (a dissolution, the window), or not asked: no field.
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, 50_000_000L, 60, AS_OF).fieldErrors()).isEmpty();
        Applicant dissolved = new Applicant(LocalDate.of(2001, 1, 1), LocalDate.of(2026, 6, 30), "SIMPAN_PINJAM", "64141",
                healthy().annualReports(), false);
        Eligibility otherRules = EligibilityRules.evaluate(dissolved, LPDB, 100_000_000L, 24, LocalDate.of(2027, 1, 1));
        assertThat(otherRules.eligible()).isFalse();
        assertThat(otherRules.fieldErrors()).isEmpty();
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, null, null, AS_OF).fieldErrors()).isEmpty();
        assertThat(outside.checks()).filteredOn(c -> c.outcome() == Eligibility.Outcome.PASSED)
                .allMatch(c -> c.breaches().isEmpty());
    }

    @Test
    void theProgramsWindowAloneIsTheRuleASubmissionAsks() {
        Eligibility.Check lastDay = EligibilityRules.programOpen(LPDB, LocalDate.of(2026, 12, 31));
        assertThat(lastDay.rule()).isEqualTo(EligibilityRule.PROGRAM_OPEN);
        assertThat(lastDay.outcome()).isEqualTo(Eligibility.Outcome.PASSED);
        assertThat(lastDay.detail()).isEqualTo("The program accepts applications on 2026-12-31.");
        assertThat(EligibilityRules.programOpen(LPDB, LocalDate.of(2026, 1, 1)).outcome()).isEqualTo(Eligibility.Outcome.PASSED);
        Eligibility.Check after = EligibilityRules.programOpen(LPDB, LocalDate.of(2027, 1, 1));
        assertThat(after.outcome()).isEqualTo(Eligibility.Outcome.FAILED);
        assertThat(after.detail()).isEqualTo("The program accepts applications from 2026-01-01 to 2026-12-31, not on 2027-01-01.");
        assertThat(EligibilityRules.programOpen(LPDB, LocalDate.of(2025, 12, 31)).detail())
                .isEqualTo("The program accepts applications from 2026-01-01 to 2026-12-31, not on 2025-12-31.");
    }

    @Test
    void emptyListsAcceptAnyJenisAndKbliButAPrefixListNeedsACode() {
        ProgramTerms open = new ProgramTerms(List.of(), List.of(), LoanLimits.ofProgram(1, 100_000_000_000L, 1, 120, BigDecimal.ONE),
                LocalDate.of(2020, 1, 1), null);
        Applicant noKbli = new Applicant(LocalDate.of(2010, 5, 2), null, "JASA", null, healthy().annualReports(), false);
        assertThat(EligibilityRules.evaluate(noKbli, open, 1_000_000L, 12, AS_OF).eligible()).isTrue();
        assertThat(EligibilityRules.evaluate(noKbli, LPDB, 100_000_000L, 24, AS_OF).reasons())
                .containsExactly("Jenis JASA is not accepted by the program (accepted: SIMPAN_PINJAM, PRODUSEN).",
                        "No KBLI code is registered; the program accepts 64, 32.");
    }

    @Test
    void theProgramWindowIsInclusive() {
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, 100_000_000L, 24, LocalDate.of(2026, 12, 31)).eligible()).isTrue();
        assertThat(EligibilityRules.evaluate(healthy(), LPDB, 100_000_000L, 24, LocalDate.of(2027, 1, 1)).reasons())
                .anySatisfy(r -> assertThat(r).isEqualTo("The program accepts applications from 2026-01-01 to 2026-12-31, not on 2027-01-01."));
    }

    @Test
    void aBlankKbliCodeIsNoCodeAndAnOpenEndedProgramNamesOnlyItsFirstDay() {
        Applicant blankKbli = new Applicant(LocalDate.of(2010, 5, 2), null, "SIMPAN_PINJAM", " ", healthy().annualReports(), false);
        assertThat(EligibilityRules.evaluate(blankKbli, LPDB, 100_000_000L, 24, AS_OF).reasons())
                .containsExactly("No KBLI code is registered; the program accepts 64, 32.");
        ProgramTerms openEnded = new ProgramTerms(List.of(), List.of(), LPDB.limits(), LocalDate.of(2026, 9, 1), null);
        assertThat(EligibilityRules.evaluate(healthy(), openEnded, 100_000_000L, 24, AS_OF).reasons())
                .containsExactly("The program accepts applications from 2026-09-01, not on 2026-08-01.");
    }
}
