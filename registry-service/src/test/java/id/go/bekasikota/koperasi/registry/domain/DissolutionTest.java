package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.Problem.FieldError;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cooperative is dissolved once, on a day from its founding to today. */
class DissolutionTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 7, 2);
    private static final LocalDate FOUNDED = LocalDate.of(2011, 3, 1);

    @Test
    void fromTheFoundingDayToToday() {
        assertThatCode(() -> new Dissolution(FOUNDED, "x").requireAllowed(FOUNDED, null, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> new Dissolution(TODAY, "x").requireAllowed(FOUNDED, null, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Dissolution(FOUNDED.minusDays(1), "x").requireAllowed(FOUNDED, null, TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("dissolvedOn", "cannot be before foundedOn (2011-03-01)")));
        assertThatThrownBy(() -> new Dissolution(TODAY.plusDays(1), "x").requireAllowed(FOUNDED, null, TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("dissolvedOn", "cannot be in the future")));
    }

    @Test
    void onlyOnce() {
        assertThatThrownBy(() -> new Dissolution(TODAY, "x").requireAllowed(FOUNDED, LocalDate.of(2020, 1, 1), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                    assertThat(e.extensions()).containsEntry("currentState", "DISSOLVED");
                    assertThat(e.detail().in(Languages.ENGLISH))
                            .isEqualTo("The cooperative was dissolved on 2020-01-01 already: it cannot be dissolved again");
                    assertThat(e.detail().in(Languages.INDONESIAN))
                            .isEqualTo("Koperasi ini telah dibubarkan pada 1 Januari 2020: koperasi tidak dapat dibubarkan lagi");
                });
    }
}
