package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worklist's order and its cumulative ratio, against values worked out by hand. */
class WorklistTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final BigDecimal TARGET = new BigDecimal("0.65");

    /** As of 30 November 2026 the window is 2023-2025: an inactive cooperative can only have reported 2023 of it. */
    private static WorklistCandidate candidate(String number, boolean reactivating, LocalDate contact, Integer latestYear) {
        return new WorklistCandidate(UUID.nameUUIDFromBytes(number.getBytes()), number, "Koperasi " + number, "327501", "JASA",
                "COMMUNITY", LocalDate.of(2010, 5, 1), latestYear, latestYear != null && latestYear == 2023 ? 1 : 0, reactivating, contact);
    }

    @Test
    void openCasesComeFirstThenRecentContactThenRecentReportThenNumber() {
        WorklistCandidate caseVisitedYesterday = candidate("500", true, AS_OF.minusDays(1), 2020);
        WorklistCandidate caseOpenedLastMonth = candidate("400", true, AS_OF.minusMonths(1), 2023);
        WorklistCandidate caseNoContactDate = candidate("300", true, null, 2023);
        WorklistCandidate closedCaseContactedLastWeek = candidate("900", false, AS_OF.minusWeeks(1), null);
        WorklistCandidate metForF2 = candidate("800", false, null, 2023);
        WorklistCandidate metFor2019Number100 = candidate("100", false, null, 2019);
        WorklistCandidate metFor2019Number200 = candidate("200", false, null, 2019);
        WorklistCandidate neverMet = candidate("050", false, null, null);
        WorklistCandidate noNumber = new WorklistCandidate(UUID.randomUUID(), null, "Koperasi tanpa nomor", "327501", "JASA",
                "COMMUNITY", LocalDate.of(2010, 5, 1), null, 0, false, null);
        List<WorklistCandidate> expected = List.of(caseVisitedYesterday, caseOpenedLastMonth, caseNoContactDate,
                closedCaseContactedLastWeek, metForF2, metFor2019Number100, metFor2019Number200, neverMet, noNumber);

        for (long seed = 0; seed < 20; seed++) {
            List<WorklistCandidate> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            Worklist worklist = Worklist.rank(AS_OF, AS_OF, TARGET, 20, 11, shuffled);
            assertThat(worklist.ranked().all()).containsExactlyElementsOf(expected.stream().map(WorklistCandidate::id).toList());
        }
    }

    @Test
    void withoutNumbersTheIdsAreComparedAsPostgresqlComparesThemByteByByte() {
        // A signed comparison of the halves would put ffff... (negative) first; PostgreSQL, and the text, put 0000... first.
        WorklistCandidate low = new WorklistCandidate(UUID.fromString("00000000-0000-4000-8000-000000000001"), null, "Koperasi A", "327501",
                "JASA", "COMMUNITY", LocalDate.of(2010, 5, 1), null, 0, false, null);
        WorklistCandidate high = new WorklistCandidate(UUID.fromString("ffffffff-0000-4000-8000-000000000001"), null, "Koperasi B", "327501",
                "JASA", "COMMUNITY", LocalDate.of(2010, 5, 1), null, 0, false, null);
        WorklistCandidate middle = new WorklistCandidate(UUID.fromString("7fffffff-0000-4000-8000-000000000001"), null, "Koperasi C", "327501",
                "JASA", "COMMUNITY", LocalDate.of(2010, 5, 1), null, 0, false, null);

        Worklist worklist = Worklist.rank(AS_OF, AS_OF, TARGET, 3, 0, List.of(high, middle, low));

        assertThat(worklist.ranked().all()).containsExactly(low.id(), middle.id(), high.id());
    }

    @Test
    void theCumulativeRatioOfTheOfficeRegister() {
        // 1,000 registered, 617 active: ceil(0.65 x 1000) = 650, the gap is 33.
        List<WorklistCandidate> inactive = new ArrayList<>();
        for (int i = 0; i < 383; i++) {
            inactive.add(candidate(String.format("%04d", i), false, null, 2020));
        }
        Worklist worklist = Worklist.rank(AS_OF, AS_OF, TARGET, 1000, 617, inactive);

        assertThat(worklist.ratio()).isEqualByComparingTo("0.6170");
        assertThat(worklist.gap()).isEqualTo(33);
        assertThat(worklist.ratioAfter(0)).isEqualByComparingTo("0.6170");
        assertThat(worklist.ratioAfter(1)).isEqualByComparingTo("0.6180");
        assertThat(worklist.gapAfter(1)).isEqualTo(32);
        assertThat(worklist.ratioAfter(32)).isEqualByComparingTo("0.6490");
        assertThat(worklist.gapAfter(32)).isEqualTo(1);
        assertThat(worklist.ratioAfter(33)).isEqualByComparingTo("0.6500");
        assertThat(worklist.gapAfter(33)).isZero();
        assertThat(worklist.gapAfter(34)).isZero();
        assertThat(worklist.ratioAfter(383)).isEqualByComparingTo("1.0000");
    }

    @Test
    void theRatioIsRoundedHalfUpToFourDecimalsAndTheGapUsesTheCeiling() {
        // 7 registered, 2 active: ceil(0.65 x 7) = ceil(4.55) = 5, gap 3.
        List<WorklistCandidate> inactive = List.of(candidate("1", false, null, null), candidate("2", false, null, null),
                candidate("3", false, null, null), candidate("4", false, null, null), candidate("5", false, null, null));
        Worklist worklist = Worklist.rank(AS_OF, AS_OF, TARGET, 7, 2, inactive);

        assertThat(worklist.ratio()).isEqualByComparingTo("0.2857");      // 2/7 = 0.285714...
        assertThat(worklist.gap()).isEqualTo(3);
        assertThat(worklist.ratioAfter(1)).isEqualByComparingTo("0.4286"); // 3/7 = 0.428571...
        assertThat(worklist.gapAfter(1)).isEqualTo(2);
        assertThat(worklist.ratioAfter(2)).isEqualByComparingTo("0.5714"); // 4/7 = 0.571428...
        assertThat(worklist.ratioAfter(3)).isEqualByComparingTo("0.7143"); // 5/7 = 0.714285...
        assertThat(worklist.gapAfter(3)).isZero();
        assertThatThrownBy(() -> worklist.ratioAfter(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Worklist.rank(AS_OF, AS_OF, TARGET, 7, 3, inactive)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachStepIsTheReportForTheLatestDueYearAndTheGradeFollowsTheLatestReport() {
        // As of 2026-11-30, F = 2025 (closed): the step is the 2025 report, its meeting from 2026-01-01 to asOf.
        List<WorklistCandidate> inactive = List.of(candidate("1", false, null, 2023), candidate("2", false, null, 2022),
                new WorklistCandidate(UUID.randomUUID(), "3", "Koperasi muda", "327501", "JASA", "COMMUNITY",
                        LocalDate.of(2024, 2, 1), null, 0, false, null));
        Worklist worklist = Worklist.rank(AS_OF, AS_OF, TARGET, 5, 2, inactive);

        assertThat(worklist.step(inactive.get(0))).isEqualTo(new ActivationStep(2025, LocalDate.of(2026, 1, 1), AS_OF));
        // Reported 2023 = F-2: one window year, founded 2010: C2. Reported 2022 only: D. Founded 2024, none: D.
        assertThat(worklist.ranked().at(1)).isEqualTo(inactive.get(0).id());
        assertThat(worklist.grade(inactive.get(0))).isEqualTo(RatGrade.C2);
        assertThat(worklist.grade(inactive.get(1))).isEqualTo(RatGrade.D);
        assertThat(worklist.grade(inactive.get(2))).isEqualTo(RatGrade.D);

        // As of 30 June 2026 F is 2024: a 2025 report (held early) does not count yet; with 2022 reported the grade is C2.
        LocalDate june = LocalDate.of(2026, 6, 30);
        WorklistCandidate quick = new WorklistCandidate(UUID.randomUUID(), "4", "Koperasi cepat",
                "327501", "JASA", "COMMUNITY", LocalDate.of(2000, 1, 1), 2025, 1, false, null);
        Worklist early = Worklist.rank(june, june, TARGET, 2, 1, List.of(quick));
        assertThat(early.grade(quick)).isEqualTo(RatGrade.C2);
        assertThat(early.step(quick)).isEqualTo(new ActivationStep(2024, LocalDate.of(2025, 1, 1), june));
    }

    @Test
    void theWorklistSaysWhatItWasAskedAndRefusesCountsThatDoNotAddUp() {
        Worklist worklist = Worklist.rank(AS_OF, AS_OF, TARGET, 3, 2, List.of(candidate("1", false, null, null)));
        assertThat(worklist.asOf()).isEqualTo(AS_OF);
        assertThat(worklist.target()).isEqualByComparingTo("0.65");
        assertThat(worklist.registered()).isEqualTo(3);
        assertThat(worklist.active()).isEqualTo(2);
        assertThatThrownBy(() -> Worklist.rank(AS_OF, AS_OF, TARGET, 5, 2, List.of(candidate("1", false, null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered - active (3)");
    }
}
