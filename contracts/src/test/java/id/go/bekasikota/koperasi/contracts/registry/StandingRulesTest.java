package id.go.bekasikota.koperasi.contracts.registry;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every boundary of DESIGN.md 3.1: the due year, the window, new cooperatives, grades, status, dissolution. */
class StandingRulesTest {

    private static final LocalDate OLD = LocalDate.of(2001, 5, 2);

    @Nested
    class LatestDueYear {

        @Test
        void switchesOnTheFirstOfJuly() {
            assertThat(StandingRules.latestDueYear(LocalDate.of(2026, 6, 30))).isEqualTo(2024);
            assertThat(StandingRules.latestDueYear(LocalDate.of(2026, 7, 1))).isEqualTo(2025);
        }

        @Test
        void isTheYearBeforeLastFromJanuaryToJune() {
            assertThat(StandingRules.latestDueYear(LocalDate.of(2026, 1, 1))).isEqualTo(2024);
            assertThat(StandingRules.latestDueYear(LocalDate.of(2025, 12, 31))).isEqualTo(2024);
        }
    }

    @Nested
    class Window {

        @Test
        void countsTheThreeYearsUpToTheLatestDueYearOnly() {
            // As of 2026-07-01, F = 2025: the window is 2023-2025; 2022 and 2026 do not count.
            Standing standing = evaluate(OLD, null, LocalDate.of(2026, 7, 1), report(2022), report(2023), report(2025), reportHeld(2026, LocalDate.of(2026, 6, 1)));
            assertThat(standing.latestDueYear()).isEqualTo(2025);
            assertThat(standing.reportedWindowYears()).containsExactly(2023, 2025);
            assertThat(standing.grade()).isEqualTo(RatGrade.B);
        }

        @Test
        void theFirstOfJulyMovesTheWindowAndCanChangeTheGradeWithoutAnyReport() {
            Report[] reports = {report(2022), report(2023), report(2024)};
            assertThat(evaluate(OLD, null, LocalDate.of(2026, 6, 30), reports).grade()).isEqualTo(RatGrade.A);
            assertThat(evaluate(OLD, null, LocalDate.of(2026, 7, 1), reports).grade()).isEqualTo(RatGrade.B);
        }

        @Test
        void theFirstOfJulyCanMakeACooperativeInactive() {
            // A report for 2023 only: active while F = 2024 (2023 is F-1), inactive once F = 2025.
            assertThat(evaluate(OLD, null, LocalDate.of(2026, 6, 30), report(2023)).status()).isEqualTo(ActivityStatus.ACTIVE);
            Standing after = evaluate(OLD, null, LocalDate.of(2026, 7, 1), report(2023));
            assertThat(after.status()).isEqualTo(ActivityStatus.INACTIVE);
            assertThat(after.grade()).isEqualTo(RatGrade.C2);
        }

        @Test
        void aReportHeldAfterTheDateDoesNotCountYet() {
            LocalDate meeting = LocalDate.of(2026, 3, 21);
            Report held = reportHeld(2024, meeting);
            assertThat(evaluate(OLD, null, meeting.minusDays(1), held).reportedWindowYears()).isEmpty();
            assertThat(evaluate(OLD, null, meeting.minusDays(1), held).status()).isEqualTo(ActivityStatus.INACTIVE);
            assertThat(evaluate(OLD, null, meeting, held).reportedWindowYears()).containsExactly(2024);
            assertThat(evaluate(OLD, null, meeting, held).status()).isEqualTo(ActivityStatus.ACTIVE);
        }
    }

    @Nested
    class NewCooperatives {

        @Test
        void foundedAfterTheThirtyFirstOfDecemberOfTheDueYearIsNewAndActive() {
            LocalDate asOf = LocalDate.of(2026, 7, 1); // F = 2025
            Standing founded2026 = evaluate(LocalDate.of(2026, 1, 1), null, asOf);
            assertThat(founded2026.newCooperative()).isTrue();
            assertThat(founded2026.grade()).isEqualTo(RatGrade.NEW);
            assertThat(founded2026.status()).isEqualTo(ActivityStatus.ACTIVE);
            assertThat(founded2026.dissolutionCandidate()).isFalse();

            Standing founded2025 = evaluate(LocalDate.of(2025, 12, 31), null, asOf);
            assertThat(founded2025.newCooperative()).isFalse();
            assertThat(founded2025.grade()).isEqualTo(RatGrade.D);
            assertThat(founded2025.status()).isEqualTo(ActivityStatus.INACTIVE);
            assertThat(founded2025.dissolutionCandidate()).isTrue();
        }

        @Test
        void stopsBeingNewOnTheFirstOfJulyAfterItsFirstFullYear() {
            LocalDate founded = LocalDate.of(2025, 3, 1);
            assertThat(evaluate(founded, null, LocalDate.of(2026, 6, 30)).grade()).isEqualTo(RatGrade.NEW);
            assertThat(evaluate(founded, null, LocalDate.of(2026, 7, 1)).grade()).isEqualTo(RatGrade.D);
        }
    }

    @Nested
    class Grades {

        private final LocalDate asOf = LocalDate.of(2026, 7, 1); // window 2023-2025

        @Test
        void threeYearsIsA() {
            assertThat(evaluate(OLD, null, asOf, report(2023), report(2024), report(2025)).grade()).isEqualTo(RatGrade.A);
        }

        @Test
        void twoYearsIsB() {
            assertThat(evaluate(OLD, null, asOf, report(2023), report(2025)).grade()).isEqualTo(RatGrade.B);
        }

        @Test
        void oneYearIsC1WhenFoundedWithinTheThreeYearsBeforeTheDateItsFirstDayIncluded() {
            assertThat(evaluate(LocalDate.of(2023, 7, 2), null, asOf, report(2025)).grade()).isEqualTo(RatGrade.C1);
            // Founded exactly three years before: three years old, not older than three years (DESIGN.md 3).
            assertThat(evaluate(LocalDate.of(2023, 7, 1), null, asOf, report(2025)).grade()).isEqualTo(RatGrade.C1);
        }

        @Test
        void oneYearIsC2WhenFoundedMoreThanThreeYearsBefore() {
            assertThat(evaluate(LocalDate.of(2023, 6, 30), null, asOf, report(2025)).grade()).isEqualTo(RatGrade.C2);
            assertThat(evaluate(OLD, null, asOf, report(2025)).grade()).isEqualTo(RatGrade.C2);
        }

        @Test
        void noYearIsDAndADissolutionCandidate() {
            Standing standing = evaluate(OLD, null, asOf, report(2022));
            assertThat(standing.grade()).isEqualTo(RatGrade.D);
            assertThat(standing.dissolutionCandidate()).isTrue();
            assertThat(standing.status()).isEqualTo(ActivityStatus.INACTIVE);
        }
    }

    @Nested
    class Status {

        private final LocalDate asOf = LocalDate.of(2026, 7, 1); // F = 2025

        @Test
        void activeWithAReportForTheDueYearOrTheOneBefore() {
            assertThat(evaluate(OLD, null, asOf, report(2025)).status()).isEqualTo(ActivityStatus.ACTIVE);
            assertThat(evaluate(OLD, null, asOf, report(2024)).status()).isEqualTo(ActivityStatus.ACTIVE);
        }

        @Test
        void inactiveWithOnlyTheOldestWindowYear() {
            Standing standing = evaluate(OLD, null, asOf, report(2023));
            assertThat(standing.status()).isEqualTo(ActivityStatus.INACTIVE);
            assertThat(standing.dissolutionCandidate()).isFalse();
        }

        @Test
        void dissolvedFromTheDissolutionDateOnAndNeverACandidate() {
            LocalDate dissolved = LocalDate.of(2026, 5, 10);
            assertThat(evaluate(OLD, dissolved, dissolved.minusDays(1)).status()).isEqualTo(ActivityStatus.INACTIVE);
            Standing standing = evaluate(OLD, dissolved, dissolved);
            assertThat(standing.status()).isEqualTo(ActivityStatus.DISSOLVED);
            assertThat(standing.dissolutionCandidate()).isFalse();
            assertThat(evaluate(OLD, dissolved, asOf, report(2024), report(2025)).status()).isEqualTo(ActivityStatus.DISSOLVED);
        }

        @Test
        void reasonsNameTheWindowAndTheDecision() {
            Standing standing = evaluate(OLD, null, asOf, report(2024));
            assertThat(standing.reasons()).anyMatch(r -> r.contains("2023-2025")).anyMatch(r -> r.startsWith("Active"));
        }
    }

    private record Report(int year, LocalDate meetingDate) {
    }

    private static Report report(int year) {
        return new Report(year, LocalDate.of(year + 1, 3, 15));
    }

    private static Report reportHeld(int year, LocalDate meetingDate) {
        return new Report(year, meetingDate);
    }

    private static Standing evaluate(LocalDate founded, LocalDate dissolved, LocalDate asOf, Report... reports) {
        List<AnnualReportSummary> summaries = new ArrayList<>();
        for (Report r : reports) {
            summaries.add(new AnnualReportSummary(r.year(), r.meetingDate(), 10, 12, 2, 1_000_000L, 0L, 5_000_000L, 2_000_000L, 100_000L));
        }
        return StandingRules.evaluate(founded, dissolved, summaries, asOf);
    }
}
