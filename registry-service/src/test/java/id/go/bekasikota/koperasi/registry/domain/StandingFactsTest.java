package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts.CaseSpan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where one cooperative is counted in the activation figures of a date. */
class StandingFactsTest {

    private static final LocalDate FOUNDED = LocalDate.of(2010, 5, 1);

    private static StandingFacts facts(LocalDate dissolvedOn, List<AnnualReportSummary> reports, List<CaseSpan> cases) {
        return new StandingFacts("327507", "PRODUSEN", "COMMUNITY", FOUNDED, dissolvedOn, reports, cases);
    }

    private static AnnualReportSummary report(int year, LocalDate meeting) {
        return new AnnualReportSummary(year, meeting, 10, 10, 1, 0, 0, 0, 0, 0);
    }

    @Test
    void aCooperativeIsCountedFromTheDayItWasFounded() {
        StandingFacts facts = facts(null, List.of(), List.of());
        assertThat(facts.countedOn(FOUNDED.minusDays(1))).isEmpty();
        assertThat(facts.countedOn(FOUNDED)).hasValueSatisfying(cell -> {
            assertThat(cell.kecamatanCode()).isEqualTo("327507");
            assertThat(cell.status()).isEqualTo(ActivityStatus.ACTIVE);
            assertThat(cell.grade()).isEqualTo(RatGrade.NEW);
        });
    }

    @Test
    void theStandingIsTheRulesOnThatDate() {
        StandingFacts facts = facts(null, List.of(report(2024, LocalDate.of(2025, 3, 1)), report(2023, LocalDate.of(2024, 3, 1))), List.of());
        // Until 30 June 2025 F = 2023 (window 2021-2023): only 2023 counts, C2 and active.
        assertThat(facts.countedOn(LocalDate.of(2025, 6, 30)).orElseThrow())
                .extracting(TallyCell::status, TallyCell::grade).containsExactly(ActivityStatus.ACTIVE, RatGrade.C2);
        // From 1 July F = 2024 (window 2022-2024): 2023 and 2024, B.
        assertThat(facts.countedOn(LocalDate.of(2025, 7, 1)).orElseThrow().grade()).isEqualTo(RatGrade.B);
        // Before the 2024 meeting was held, as of 31 December 2024 (F = 2023): C2.
        assertThat(facts.countedOn(LocalDate.of(2024, 12, 31)).orElseThrow().grade()).isEqualTo(RatGrade.C2);
        // From 1 July 2027 F = 2026: no report for 2025 or 2026, inactive.
        assertThat(facts.countedOn(LocalDate.of(2027, 7, 1)).orElseThrow().status()).isEqualTo(ActivityStatus.INACTIVE);
    }

    @Test
    void underReactivationCountsOnlyWhileTheCaseIsOpenAndTheCooperativeInactive() {
        CaseSpan span = new CaseSpan(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1));
        StandingFacts inactive = facts(null, List.of(), List.of(span));
        assertThat(inactive.countedOn(LocalDate.of(2024, 2, 29)).orElseThrow().underReactivation()).isFalse();
        assertThat(inactive.countedOn(LocalDate.of(2024, 3, 1)).orElseThrow().underReactivation()).isTrue();
        assertThat(inactive.countedOn(LocalDate.of(2024, 8, 31)).orElseThrow().underReactivation()).isTrue();
        assertThat(inactive.countedOn(LocalDate.of(2024, 9, 1)).orElseThrow().underReactivation()).as("closed that day").isFalse();

        StandingFacts stillOpen = facts(null, List.of(), List.of(new CaseSpan(LocalDate.of(2024, 3, 1), null)));
        assertThat(stillOpen.countedOn(LocalDate.of(2030, 1, 1)).orElseThrow().underReactivation()).isTrue();

        StandingFacts dissolved = facts(LocalDate.of(2024, 6, 1), List.of(), List.of(new CaseSpan(LocalDate.of(2024, 3, 1), null)));
        assertThat(dissolved.countedOn(LocalDate.of(2024, 6, 1)).orElseThrow().status()).isEqualTo(ActivityStatus.DISSOLVED);
        assertThat(dissolved.countedOn(LocalDate.of(2024, 6, 1)).orElseThrow().underReactivation()).isFalse();
    }
}
