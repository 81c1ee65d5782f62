package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AwardEligibilityRulesTest {

    /** 1 August 2026: F is 2025, so reports for 2024 and 2025 are required. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);

    @Test
    void anActiveNumberedCooperativeWithBothReportsAndNoDefaultIsEligible() {
        AwardEligibility eligibility = AwardEligibilityRules.evaluate(AwardMother.healthy("3275010010001"), null, AS_OF);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.latestDueYear()).isEqualTo(2025);
        assertThat(eligibility.checks()).extracting(AwardEligibility.Check::rule).containsExactly(
                AwardEligibilityRule.ACTIVE, AwardEligibilityRule.HAS_COOPERATIVE_NUMBER,
                AwardEligibilityRule.REPORTS_FOR_LAST_TWO_YEARS, AwardEligibilityRule.NO_DEFAULTED_LOAN);
    }

    @Test
    void everyFailedRuleIsAReason() {
        CooperativeFacts healthy = AwardMother.healthy("1");
        CooperativeFacts everythingWrong = new CooperativeFacts(healthy.cooperativeId(), null, "Koperasi Mati Suri", "KONSUMEN",
                LocalDate.of(2001, 1, 1), null, List.of(healthy.annualReports().get(0)), new LoanRecord(2, 1, 1));
        AwardEligibility eligibility = AwardEligibilityRules.evaluate(everythingWrong, Jenis.SIMPAN_PINJAM, AS_OF);
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reasons()).containsExactly(
                "Not ACTIVE as of 2026-08-01: INACTIVE, no RAT report for 2024 or 2025.",
                "No cooperative number (Nomor Induk Koperasi) is registered.",
                "No RAT report for 2024 or 2025; reports for both 2024 and 2025 are required as of 2026-08-01.",
                "Has 1 DEFAULTED loan.",
                "Jenis KONSUMEN is not the program's jenis SIMPAN_PINJAM.");
    }

    @Test
    void activeWithOnlyTheLatestReportIsNotEnough() {
        CooperativeFacts healthy = AwardMother.healthy("2");
        CooperativeFacts onlyLatest = new CooperativeFacts(healthy.cooperativeId(), "2", "K", "SIMPAN_PINJAM",
                healthy.foundedOn(), null, List.of(healthy.annualReports().get(2)), LoanRecord.NONE);
        AwardEligibility eligibility = AwardEligibilityRules.evaluate(onlyLatest, null, AS_OF);
        assertThat(eligibility.checks().get(0).passed()).isTrue();
        assertThat(eligibility.reasons()).containsExactly(
                "No RAT report for 2024; reports for both 2024 and 2025 are required as of 2026-08-01.");
    }

    @Test
    void beforeFirstJulyTheYearsAreOneEarlier() {
        // 30 June 2026: F is 2024, so 2023 and 2024 are required and both exist.
        AwardEligibility eligibility = AwardEligibilityRules.evaluate(AwardMother.healthy("3"), null, LocalDate.of(2026, 6, 30));
        assertThat(eligibility.latestDueYear()).isEqualTo(2024);
        assertThat(eligibility.eligible()).isTrue();
    }

    @Test
    void aSettledFormerDefaultDoesNotBarButADefaultedLoanDoes() {
        CooperativeFacts healthy = AwardMother.healthy("4");
        CooperativeFacts settled = new CooperativeFacts(healthy.cooperativeId(), "4", "K", "SIMPAN_PINJAM", healthy.foundedOn(),
                null, healthy.annualReports(), new LoanRecord(1, 0, 1));
        assertThat(AwardEligibilityRules.evaluate(settled, null, AS_OF).eligible()).isTrue();
    }

    @Test
    void aDissolvedCooperativeIsNotActive() {
        CooperativeFacts healthy = AwardMother.healthy("5");
        CooperativeFacts dissolved = new CooperativeFacts(healthy.cooperativeId(), "5", "K", "SIMPAN_PINJAM", healthy.foundedOn(),
                LocalDate.of(2026, 7, 15), healthy.annualReports(), LoanRecord.NONE);
        assertThat(AwardEligibilityRules.evaluate(dissolved, null, AS_OF).reasons())
                .containsExactly("Not ACTIVE as of 2026-08-01: dissolved on 2026-07-15.");
    }

    @Test
    void aPassedCheckNamesTheYearsItFound() {
        AwardEligibility eligibility = AwardEligibilityRules.evaluate(AwardMother.healthy("3275010010001"), null, AS_OF);
        assertThat(eligibility.checks()).filteredOn(c -> c.rule() == AwardEligibilityRule.REPORTS_FOR_LAST_TWO_YEARS)
                .extracting(AwardEligibility.Check::detail).containsExactly("RAT reports for 2024 and 2025.");
    }

    @Test
    void atTheAwardTheAssessmentDateCountsAndSoDoADissolutionOrADefaultSince() {
        // Assessed on 31 May 2026 (F 2024: reports for 2023 and 2024), finalised on 20 July 2026 (F 2025 by then).
        LocalDate assessed = LocalDate.of(2026, 5, 31);
        LocalDate finalised = LocalDate.of(2026, 7, 20);
        CooperativeFacts healthy = AwardMother.healthy("4");
        // Without its 2025 report it would fail as of 20 July, but was judged on F 2024: still eligible.
        CooperativeFacts without2025 = new CooperativeFacts(healthy.cooperativeId(), "4", "K", "SIMPAN_PINJAM", healthy.foundedOn(),
                null, healthy.annualReports().subList(0, 2), LoanRecord.NONE);
        AwardEligibility judged = AwardEligibilityRules.atAward(without2025, null, assessed, finalised);
        assertThat(judged.eligible()).isTrue();
        assertThat(judged.asOf()).isEqualTo(assessed);
        assertThat(judged.latestDueYear()).isEqualTo(2024);

        // Dissolved on 15 June, after the assessment date and before the finalisation: no award.
        CooperativeFacts dissolved = new CooperativeFacts(healthy.cooperativeId(), "4", "K", "SIMPAN_PINJAM", healthy.foundedOn(),
                LocalDate.of(2026, 6, 15), healthy.annualReports(), LoanRecord.NONE);
        assertThat(AwardEligibilityRules.atAward(dissolved, null, assessed, finalised).reasons()).containsExactly(
                "Dissolved on 2026-06-15, after the assessment date 2026-05-31: a dissolved cooperative is given no award.");
        // A dissolution dated after today does not count yet; one on or before the assessment date is the rules' own reason.
        assertThat(AwardEligibilityRules.atAward(dissolved, null, assessed, LocalDate.of(2026, 6, 14)).eligible()).isTrue();
        CooperativeFacts dissolvedEarlier = new CooperativeFacts(healthy.cooperativeId(), "4", "K", "SIMPAN_PINJAM", healthy.foundedOn(),
                LocalDate.of(2026, 5, 1), healthy.annualReports(), LoanRecord.NONE);
        assertThat(AwardEligibilityRules.atAward(dissolvedEarlier, null, assessed, finalised).reasons()).containsExactly(
                "Not ACTIVE as of 2026-05-31: dissolved on 2026-05-01.");

        // A loan DEFAULTED now (the record is today's) takes the award away too.
        assertThat(AwardEligibilityRules.atAward(healthy.withLoans(new LoanRecord(1, 1, 1)), null, assessed, finalised).reasons())
                .containsExactly("Has 1 DEFAULTED loan.");
        // While the assessment date is ahead, the rules are read as of today.
        assertThat(AwardEligibilityRules.atAward(healthy, null, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 5, 10)).asOf())
                .isEqualTo(LocalDate.of(2026, 5, 10));
    }
}
