package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.assertj.core.api.ThrowableAssert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The refusal a rule gives, for asserting its kind and its words. */
final class Refusals {

    private Refusals() {
    }

    static ProblemException refused(ProblemType type, ThrowableAssert.ThrowingCallable call) {
        ProblemException e = catchThrowableOfType(ProblemException.class, call);
        assertThat(e).as("a refusal").isNotNull();
        assertThat(e.type()).as(e.getMessage()).isEqualTo(type);
        return e;
    }
}
