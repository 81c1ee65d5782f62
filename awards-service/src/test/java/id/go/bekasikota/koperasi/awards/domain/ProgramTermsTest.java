package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramTermsTest {

    private static final ScoringSheet SHEET = new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1")));

    private static ProgramTerms terms(AwardCategory category, Jenis jenis, String opens, String closes, String announced) {
        return new ProgramTerms(2026, "Program", category, jenis, AwardLevel.CITY, LocalDate.parse(opens), LocalDate.parse(closes),
                announced == null ? null : LocalDate.parse(announced), false, 3, SHEET);
    }

    @Test
    void theAnnouncementIsCooperativeDayUnlessGiven() {
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-04-01", "2026-05-31", null).announcement())
                .isEqualTo(LocalDate.of(2026, 7, 12));
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-04-01", "2026-05-31", "2026-08-17").announcement())
                .isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-04-01", "2026-05-31", null).violations()).isEmpty();
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-07-12", "2026-07-12", null).violations()).isEmpty();
    }

    @Test
    void aPerJenisProgramNamesItsJenisAndNoOtherDoes() {
        assertThat(terms(AwardCategory.OUTSTANDING_PER_JENIS, null, "2026-04-01", "2026-05-31", null).violations())
                .containsExactly(new Violation("jenis", "is required for a OUTSTANDING_PER_JENIS program"));
        assertThat(terms(AwardCategory.OUTSTANDING_PER_JENIS, Jenis.PRODUSEN, "2026-04-01", "2026-05-31", null).violations()).isEmpty();
        assertThat(terms(AwardCategory.MODEL_COOPERATIVE, Jenis.JASA, "2026-04-01", "2026-05-31", null).violations())
                .containsExactly(new Violation("jenis", "must be empty for a MODEL_COOPERATIVE program"));
    }

    @Test
    void theWindowComesBeforeTheAnnouncement() {
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-04-01", "2026-03-31", null).violations()).extracting(Violation::field)
                .containsExactly("nominationsCloseOn");
        // Cooperative Day of 2026 before a window closing in August: the close is at fault when no date was given.
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-07-01", "2026-08-01", null).violations()).containsExactly(
                new Violation("nominationsCloseOn", "the announcement (2026-07-12) cannot come before the nomination window closes"));
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-04-01", "2026-05-31", "2026-05-30").violations())
                .extracting(Violation::field).containsExactly("announcementOn");
    }

    @Test
    void aWindowStaysOnOneSideOfTheFirstOfJuly() {
        // F as of 30 June 2026 is 2024, as of 1 July 2026 is 2025 (DESIGN.md 3.1, by hand).
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-04-01", "2026-06-30", null).violations()).isEmpty();
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-07-01", "2026-07-11", null).violations()).isEmpty();
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-06-30", "2026-07-01", null).violations()).containsExactly(
                new Violation("nominationsCloseOn", "must be before 2026-07-01 for a window opening on 2026-06-30: the latest due"
                        + " financial year is 2024 there and 2025 on 2026-07-01 (it changes on 1 July), and every nomination of a"
                        + " program is judged on one; close by 2026-06-30, or open on 2026-07-01 or later"));
        // Opening on a 1 July itself: F changes on the next 1 July (2027), the one a close must come before.
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-07-01", "2027-07-01", "2027-07-12").violations()).containsExactly(
                new Violation("nominationsCloseOn", "must be before 2027-07-01 for a window opening on 2026-07-01: the latest due"
                        + " financial year is 2025 there and 2026 on 2027-07-01 (it changes on 1 July), and every nomination of a"
                        + " program is judged on one; close by 2027-06-30, or open on 2027-07-01 or later"));
        // Across a year end F stays (31 December 2026 and 1 January 2027: 2025); across two 1 Julys it changes twice.
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2026-12-01", "2027-01-31", "2027-07-12").violations()).isEmpty();
        assertThat(terms(AwardCategory.ON_TIME_RAT, null, "2025-08-01", "2027-03-01", "2027-07-12").violations()).containsExactly(
                new Violation("nominationsCloseOn", "must be before 2026-07-01 for a window opening on 2025-08-01: the latest due"
                        + " financial year is 2024 there and 2025 on 2027-03-01 (it changes on 1 July), and every nomination of a"
                        + " program is judged on one; close by 2026-06-30, or open on 2026-07-01 or later"));
    }
}
