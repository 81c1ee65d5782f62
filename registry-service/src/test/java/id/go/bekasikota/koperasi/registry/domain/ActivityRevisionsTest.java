package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A period's revisions: the first recording and 19 corrections, 20 in all; the 21st is refused saying why. */
class ActivityRevisionsTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2022-03").orElseThrow();

    @Test
    void twentyRevisionsAtMostTheFirstAndNineteenCorrections() {
        assertThat(ActivityRevisions.MAX_PER_PERIOD).isEqualTo(20);
        assertThat(ActivityRevisions.MAX_CORRECTIONS).isEqualTo(19);
    }

    @Test
    void aPeriodWithUpToNineteenRevisionsMayBeCorrected() {
        assertThatCode(() -> ActivityRevisions.requireRoomAfter(MARCH, 1)).as("the first correction").doesNotThrowAnyException();
        assertThatCode(() -> ActivityRevisions.requireRoomAfter(MARCH, 19)).as("the 19th correction makes revision 20")
                .doesNotThrowAnyException();
    }

    @Test
    void theTwentyFirstRevisionIsARuleViolationSayingTheFiguresAreFinal() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> ActivityRevisions.requireRoomAfter(MARCH, 20));
        assertThat(refused).isNotNull();
        assertThat(refused.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refused.extensions().get("reasons")).isEqualTo(List.of("Period 2022-03 has 20 revisions, its first recording "
                + "and 19 corrections; at most 20 are kept, so its figures are final: contact the office if they are still wrong."));
        assertThat(refused.detail().in(Languages.ENGLISH)).isEqualTo("The activity of 2022-03 has been corrected 19 times; no period "
                + "may be corrected more than 19 times, so its figures are final. If they are still wrong, contact the office");
        assertThat(refused.detail().in(Languages.INDONESIAN)).isEqualTo("Kegiatan periode 2022-03 telah diperbaiki sebanyak 19 kali; "
                + "satu periode tidak dapat diperbaiki lebih dari 19 kali, sehingga angka-angkanya sudah final. Apabila masih terdapat "
                + "kesalahan, silakan hubungi kantor dinas");
        assertThat(refused.errors()).isEmpty();
    }

    @Test
    void aPeriodCorrectedMoreOftenBeforeTheBoundIsRefusedWithItsOwnCount() {
        ReportingPeriod quarter = ReportingPeriod.parse("2021-Q4").orElseThrow();
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> ActivityRevisions.requireRoomAfter(quarter, 26));
        assertThat(refused).isNotNull();
        assertThat(refused.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refused.extensions().get("reasons")).isEqualTo(List.of("Period 2021-Q4 has 26 revisions, its first recording "
                + "and 25 corrections; at most 20 are kept, so its figures are final: contact the office if they are still wrong."));
        assertThat(refused.detail().in(Languages.ENGLISH)).isEqualTo("The activity of 2021-Q4 has been corrected 25 times; no period "
                + "may be corrected more than 19 times, so its figures are final. If they are still wrong, contact the office");
    }
}
