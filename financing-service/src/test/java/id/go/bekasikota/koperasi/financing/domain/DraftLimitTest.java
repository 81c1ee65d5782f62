package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Applications a cooperative holds in preparation (DRAFT or RETURNED) at once: the default of 20, and another limit. */
class DraftLimitTest {

    static final DraftLimit TWENTY = new DraftLimit(20);

    @Test
    void aTwentiethMayBeOpenedBesideNineteen() {
        assertThatCode(() -> TWENTY.requireRoomBeside(0)).doesNotThrowAnyException();
        assertThatCode(() -> TWENTY.requireRoomBeside(19)).as("the 20th may come").doesNotThrowAnyException();
    }

    @Test
    void aTwentyFirstIsARuleViolationNamingTheLimitAndTheCount() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> TWENTY.requireRoomBeside(20));
        assertThat(refused).isNotNull();
        assertThat(refused.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refused.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("The cooperative has 20 applications in DRAFT or "
                + "RETURNED; at most 20 may be in preparation at once: submit or withdraw one before opening another."));
        assertThat(refused.detail().in(Languages.ENGLISH)).isEqualTo("A cooperative may hold at most 20 applications in "
                + "preparation (DRAFT or RETURNED) at once: submit or withdraw one before opening another");
        assertThat(refused.detail().in(Languages.INDONESIAN)).isEqualTo("Satu koperasi paling banyak dapat memiliki 20 permohonan "
                + "dalam penyusunan (DRAFT atau RETURNED) sekaligus: ajukan atau tarik salah satu sebelum membuat permohonan baru");
        assertThat(refused.errors()).isEmpty();
    }

    @Test
    void aCooperativeAboveTheLimitAfterAReturnIsStillRefused() {
        // The office returned a submitted application to a cooperative holding 20 already: it holds 21, and opens none.
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> TWENTY.requireRoomBeside(21));
        assertThat(refused).isNotNull();
        assertThat(refused.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("The cooperative has 21 applications in DRAFT or "
                + "RETURNED; at most 20 may be in preparation at once: submit or withdraw one before opening another."));
    }

    @Test
    void theLimitIsTheOneConfigured() {
        DraftLimit one = new DraftLimit(1);
        assertThatCode(() -> one.requireRoomBeside(0)).doesNotThrowAnyException();
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> one.requireRoomBeside(1));
        assertThat(refused).isNotNull();
        assertThat(refused.toProblem(null).extensions().get("reasons")).isEqualTo(List.of("The cooperative has 1 applications in DRAFT or "
                + "RETURNED; at most 1 may be in preparation at once: submit or withdraw one before opening another."));
        assertThat(refused.detail().in(Languages.ENGLISH)).isEqualTo("A cooperative may hold at most 1 applications in "
                + "preparation (DRAFT or RETURNED) at once: submit or withdraw one before opening another");
    }

    @Test
    void aLimitBelowOneIsAMistakeOfConfiguration() {
        assertThatThrownBy(() -> new DraftLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DraftLimit(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DraftLimit(1).maxPerCooperative()).isEqualTo(1);
    }
}
