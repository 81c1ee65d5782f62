package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a RAT report can be filed, one rule at a time. */
class AnnualReportRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 1, 15);
    private static final LocalDate FOUNDED = LocalDate.of(2012, 5, 1);

    private static AnnualReportFiling filing(int year, LocalDate meeting) {
        return new AnnualReportFiling(year, meeting, 10, 12, 1, 1_000, 0, 5_000, 1_000, -10);
    }

    private static List<FieldError> english(List<InvalidField> errors) {
        return errors.stream().map(error -> error.in(Languages.ENGLISH)).toList();
    }

    private static List<String> fields(AnnualReportFiling filing) {
        return AnnualReportRules.check(filing, FOUNDED, TODAY).stream().map(InvalidField::field).toList();
    }

    @Test
    void aClosedYearWithAMeetingHeldSinceCanBeFiled() {
        assertThat(fields(filing(2029, LocalDate.of(2030, 1, 1)))).as("the meeting the day the year closed is next").isEmpty();
        assertThat(fields(filing(2029, TODAY))).as("a meeting today").isEmpty();
        assertThat(fields(filing(2012, LocalDate.of(2013, 3, 1)))).as("the founding year").isEmpty();
        assertThat(fields(filing(2020, LocalDate.of(2023, 3, 1)))).as("a late meeting").isEmpty();
    }

    @Test
    void theYearMustHaveClosed() {
        assertThat(english(AnnualReportRules.check(filing(2030, TODAY), FOUNDED, TODAY)))
                .containsExactly(new FieldError("financialYear", "must be a closed financial year (before 2030)"),
                        new FieldError("meetingDate", "must be after the financial year 2030 closed"));
    }

    @Test
    void notBeforeTheCooperativeWasFounded() {
        assertThat(english(AnnualReportRules.check(filing(2011, LocalDate.of(2012, 3, 1)), FOUNDED, TODAY)))
                .containsExactly(new FieldError("financialYear", "is before the cooperative was founded (2012-05-01)"));
    }

    @Test
    void theMeetingIsAfterTheYearClosedAndNotInTheFuture() {
        assertThat(fields(filing(2028, LocalDate.of(2028, 12, 31)))).containsExactly("meetingDate");
        assertThat(fields(filing(2029, TODAY.plusDays(1)))).containsExactly("meetingDate");
    }

    /** A state of the cooperative, not a field of the request: 409, as a transition its state does not allow. */
    @Test
    void aDissolvedCooperativeFilesNoMore() {
        AnnualReportRules.requireNotDissolved(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnnualReportRules.requireNotDissolved(LocalDate.of(2029, 9, 1)))
                .isInstanceOfSatisfying(id.go.bekasikota.koperasi.platform.problem.ProblemException.class, e -> {
                    assertThat(e.type().status()).isEqualTo(409);
                    assertThat(e.type().uri()).endsWith("/illegal-transition");
                    assertThat(e.extensions()).containsEntry("currentState", "DISSOLVED");
                    // One sentence naming the state once (not "Cannot ... dissolved on ... in state DISSOLVED").
                    assertThat(e.detail().in(Languages.ENGLISH))
                            .isEqualTo("The cooperative was dissolved on 2029-09-01: its RAT reports can no longer be filed or corrected");
                    assertThat(e.detail().in(Languages.INDONESIAN)).isEqualTo(
                            "Koperasi ini telah dibubarkan pada 1 September 2029: laporan RAT-nya tidak dapat lagi diajukan atau dikoreksi");
                });
    }

    @Test
    void aYearsReportIsCorrectedUntilItHasTwentyRevisions() {
        // 19 revisions: one more is allowed (the 20th); 20: none.
        AnnualReportRules.requireCorrectable(2025, 19);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnnualReportRules.requireCorrectable(2025, 20))
                .isInstanceOfSatisfying(id.go.bekasikota.koperasi.platform.problem.ProblemException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.type())
                            .isEqualTo(id.go.bekasikota.koperasi.platform.problem.ProblemType.RULE_VIOLATION);
                    org.assertj.core.api.Assertions.assertThat(e.extensions().get("reasons").toString())
                            .contains("2025 has 20 revisions");
                });
    }
}
