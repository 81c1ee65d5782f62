package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamFaultsTest {

    @Test
    void everyParameterAtFaultIsNamedInOneRefusalInTheOrderRead() {
        ParamFaults faults = new ParamFaults();
        assertThat(faults.read(() -> Params.uuid("cooperativeId", "nope"))).isNull();
        assertThat(faults.read(() -> Params.wholeNumber("amount", "12"))).isEqualTo(12L);
        assertThat(faults.read(() -> Params.date("asOf", "2026-02-30", null))).isNull();
        faults.add("tenorMonths", Text.of("problem.param.whole-number"));
        assertThat(faults.faulty("asOf")).isTrue();
        assertThat(faults.faulty("amount")).isFalse();

        assertThatThrownBy(faults::refuseAny).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(problem.invalidFields()).extracting(InvalidField::field).containsExactly("cooperativeId", "asOf", "tenorMonths");
        });
    }

    @Test
    void nothingIsRefusedWhenEveryParameterReads() {
        ParamFaults faults = new ParamFaults();
        assertThat(faults.read(() -> Params.date("asOf", "2026-02-28", null))).isEqualTo(LocalDate.of(2026, 2, 28));
        faults.refuseAny();
    }

    /** Only a parameter's own fault is collected: a 404 or a 403 met while reading is the answer at once. */
    @Test
    void aRefusalOtherThanAFieldsFaultIsNotHeldBack() {
        ParamFaults faults = new ParamFaults();
        assertThatThrownBy(() -> faults.read(() -> Params.id(Text.of("problem.title.not-found"), "nope")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.NOT_FOUND));
    }
}
