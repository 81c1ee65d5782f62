package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DocumentLimitTest {

    @Test
    void fiftyDocumentsAtMost() {
        assertThat(DocumentLimit.MAX_PER_APPLICATION).isEqualTo(50);
        assertThatCode(() -> DocumentLimit.requireRoomBeside(0)).doesNotThrowAnyException();
        assertThatCode(() -> DocumentLimit.requireRoomBeside(49)).as("the 50th may come").doesNotThrowAnyException();
    }

    @Test
    void theFiftyFirstIsARuleViolationSayingWhy() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> DocumentLimit.requireRoomBeside(50));
        assertThat(refused.type()).isEqualTo(ProblemType.RULE_VIOLATION);
        assertThat(refused.toProblem(null).extensions().get("reasons")).isEqualTo(List.of(
                "The application has 50 documents; at most 50 are accepted: remove one before attaching another."));
        assertThat(catchThrowableOfType(ProblemException.class, () -> DocumentLimit.requireRoomBeside(51)).type())
                .isEqualTo(ProblemType.RULE_VIOLATION);
    }
}
