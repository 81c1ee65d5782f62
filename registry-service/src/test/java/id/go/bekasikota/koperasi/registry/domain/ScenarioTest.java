package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What-if actions against figures worked out by hand from DESIGN.md 3.1. */
class ScenarioTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);   // F = 2025, window 2023-2025
    private static final UUID DORMANT = UUID.randomUUID();
    private static final UUID ACTIVE = UUID.randomUUID();
    private static final UUID DISSOLVED = UUID.randomUUID();
    private static final UUID REACTIVATING = UUID.randomUUID();

    private static AnnualReportSummary report(int year, LocalDate meeting) {
        return new AnnualReportSummary(year, meeting, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static final Map<UUID, StandingFacts> REGISTER = Map.of(
            DORMANT, new StandingFacts("327501", "JASA", "COMMUNITY", LocalDate.of(2005, 1, 10), null,
                    List.of(report(2023, LocalDate.of(2024, 3, 1))), List.of()),
            ACTIVE, new StandingFacts("327502", "KONSUMEN", "KUD", LocalDate.of(1999, 6, 1), null,
                    List.of(report(2024, LocalDate.of(2025, 4, 1)), report(2025, LocalDate.of(2026, 4, 1))), List.of()),
            DISSOLVED, new StandingFacts("327501", "JASA", "COMMUNITY", LocalDate.of(2000, 1, 1), LocalDate.of(2020, 1, 1),
                    List.of(), List.of()),
            REACTIVATING, new StandingFacts("327503", "PRODUSEN", "OTHER", LocalDate.of(2010, 1, 1), null, List.of(),
                    List.of(new StandingFacts.CaseSpan(LocalDate.of(2026, 10, 1), null))));

    private static TallyCell cell(String kecamatan, String jenis, String kelompok, ActivityStatus status, RatGrade grade, boolean reactivating) {
        return new TallyCell(kecamatan, jenis, kelompok, status, grade, reactivating);
    }

    @Test
    void aReportForTheLatestDueYearMovesADormantCooperativeToActive() {
        Scenario.Outcome outcome = Scenario.evaluate(AS_OF, REGISTER,
                List.of(new ScenarioAction.FileReport(DORMANT, 2025, LocalDate.of(2026, 11, 20))));

        assertThat(outcome.possible()).isTrue();
        // Before: 2023 only, founded 2005: INACTIVE, C2. After: 2023 and 2025: ACTIVE, B.
        assertThat(outcome.changes()).isEqualTo(Map.of(
                cell("327501", "JASA", "COMMUNITY", ActivityStatus.INACTIVE, RatGrade.C2, false), -1L,
                cell("327501", "JASA", "COMMUNITY", ActivityStatus.ACTIVE, RatGrade.B, false), 1L));
        assertThat(outcome.cooperativesAffected()).isEqualTo(1);
    }

    @Test
    void aCooperativeUnderReactivationLeavesThatCountWhenItFilesAndACorrectionReplacesTheYear() {
        Scenario.Outcome outcome = Scenario.evaluate(AS_OF, REGISTER, List.of(
                new ScenarioAction.FileReport(REACTIVATING, 2024, LocalDate.of(2026, 1, 2)),
                new ScenarioAction.FileReport(REACTIVATING, 2024, LocalDate.of(2026, 11, 29)),
                new ScenarioAction.FileReport(ACTIVE, 2025, LocalDate.of(2026, 11, 30))));

        // REACTIVATING: D, inactive under reactivation -> 2024 reported (the correction moves its meeting to 29 November): ACTIVE, C2.
        // ACTIVE: the 2025 report corrected, still A? It has 2024 and 2025 only: B before and after, no change.
        assertThat(outcome.changes()).isEqualTo(Map.of(
                cell("327503", "PRODUSEN", "OTHER", ActivityStatus.INACTIVE, RatGrade.D, true), -1L,
                cell("327503", "PRODUSEN", "OTHER", ActivityStatus.ACTIVE, RatGrade.C2, false), 1L));
        assertThat(outcome.cooperativesAffected()).isEqualTo(2);
    }

    @Test
    void aDissolutionLeavesTheDenominatorAndRegistrationsAddNewCooperatives() {
        Scenario.Outcome outcome = Scenario.evaluate(AS_OF, REGISTER, List.of(
                new ScenarioAction.Dissolve(DORMANT, LocalDate.of(2026, 11, 1)),
                new ScenarioAction.Register(3, "327507", "PRODUSEN", "COMMUNITY", LocalDate.of(2026, 2, 1)),
                new ScenarioAction.Register(2, "327507", "PRODUSEN", "COMMUNITY", LocalDate.of(2020, 2, 1))));

        // Founded 2026 (after F = 2025): NEW, active. Founded 2020 with no report: INACTIVE, D.
        assertThat(outcome.changes()).isEqualTo(Map.of(
                cell("327501", "JASA", "COMMUNITY", ActivityStatus.INACTIVE, RatGrade.C2, false), -1L,
                cell("327501", "JASA", "COMMUNITY", ActivityStatus.DISSOLVED, RatGrade.C2, false), 1L,
                cell("327507", "PRODUSEN", "COMMUNITY", ActivityStatus.ACTIVE, RatGrade.NEW, false), 3L,
                cell("327507", "PRODUSEN", "COMMUNITY", ActivityStatus.INACTIVE, RatGrade.D, false), 2L));
        assertThat(outcome.cooperativesRegistered()).isEqualTo(5);
    }

    @Test
    void impossibleActionsAndUnknownCooperativesAreNamedOneByOne() {
        UUID stranger = UUID.randomUUID();
        Scenario.Outcome outcome = Scenario.evaluate(AS_OF, REGISTER, List.of(
                new ScenarioAction.FileReport(stranger, 2025, LocalDate.of(2026, 3, 1)),
                new ScenarioAction.FileReport(DORMANT, 2026, LocalDate.of(2026, 11, 1)),
                new ScenarioAction.Dissolve(DISSOLVED, LocalDate.of(2026, 1, 1)),
                new ScenarioAction.Dissolve(ACTIVE, LocalDate.of(2026, 11, 1)),
                new ScenarioAction.FileReport(ACTIVE, 2025, LocalDate.of(2026, 11, 2)),
                new ScenarioAction.FileReport(DORMANT, 2004, LocalDate.of(2005, 3, 1)),
                new ScenarioAction.Register(1, "327501", "JASA", "OTHER", LocalDate.of(2026, 12, 1)),
                new ScenarioAction.Dissolve(REACTIVATING, LocalDate.of(2026, 12, 24))));

        assertThat(outcome.possible()).isFalse();
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.refusals()).extracting(Scenario.Refusal::action, Scenario.Refusal::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "cooperativeId"),
                // 2026 has not closed by 30 November 2026 and its meeting would be before the year ends.
                org.assertj.core.groups.Tuple.tuple(1, "financialYear"),
                org.assertj.core.groups.Tuple.tuple(1, "meetingDate"),
                org.assertj.core.groups.Tuple.tuple(2, "cooperativeId"),
                // Dissolved by action 3: it files no more.
                org.assertj.core.groups.Tuple.tuple(4, "cooperativeId"),
                org.assertj.core.groups.Tuple.tuple(5, "financialYear"),
                org.assertj.core.groups.Tuple.tuple(6, "foundedOn"),
                org.assertj.core.groups.Tuple.tuple(7, "dissolvedOn"));
        assertThat(outcome.refusals().get(0).reason()).contains(stranger.toString()).contains("not in the register");
        assertThat(outcome.refusals().get(3).reason()).contains("dissolved already (on 2020-01-01)");
        assertThat(outcome.refusals().get(4).reason()).contains("by action 3");
    }

    @Test
    void aRefusedActionChangesNothingForTheActionsAfterIt() {
        UUID stranger = UUID.randomUUID();
        Scenario.Outcome outcome = Scenario.evaluate(AS_OF, REGISTER, List.of(
                // After the date: refused, so ACTIVE is not dissolved for the report that follows.
                new ScenarioAction.Dissolve(ACTIVE, LocalDate.of(2026, 12, 1)),
                new ScenarioAction.FileReport(ACTIVE, 2025, LocalDate.of(2026, 11, 2)),
                // Before its founding on 10 January 2005.
                new ScenarioAction.Dissolve(DORMANT, LocalDate.of(2004, 12, 31)),
                new ScenarioAction.Dissolve(stranger, LocalDate.of(2026, 1, 1)),
                // A meeting after the date does not count as of it.
                new ScenarioAction.FileReport(DORMANT, 2025, LocalDate.of(2026, 12, 1))));
        assertThat(outcome.refusals()).extracting(Scenario.Refusal::action, Scenario.Refusal::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "dissolvedOn"),
                org.assertj.core.groups.Tuple.tuple(2, "dissolvedOn"),
                org.assertj.core.groups.Tuple.tuple(3, "cooperativeId"),
                org.assertj.core.groups.Tuple.tuple(4, "meetingDate"));
        // Only the report of action 1 was taken.
        assertThat(outcome.cooperativesAffected()).isEqualTo(1);
    }

    @Test
    void aReportForTheFoundingYearIsTaken() {
        // REACTIVATING was founded on 1 January 2010: its 2010 report (outside the window) is taken and moves nothing.
        Scenario.Outcome outcome = Scenario.evaluate(AS_OF, REGISTER,
                List.of(new ScenarioAction.FileReport(REACTIVATING, 2010, LocalDate.of(2011, 3, 1))));
        assertThat(outcome.possible()).isTrue();
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.cooperativesAffected()).isEqualTo(1);
    }
}
