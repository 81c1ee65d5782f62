package id.go.bekasikota.koperasi.platform.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a problem quotes of a body Jackson cannot read: never the whole input echoed back. */
class UnreadableJsonTest {

    @Test
    void aQuotedValueIsCutAtFortyCharacters() {
        assertThat(ProblemMappers.shown("PRODUSEN")).isEqualTo("PRODUSEN");
        assertThat(ProblemMappers.shown("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(ProblemMappers.shown("x".repeat(100_000))).isEqualTo("x".repeat(40) + "\u2026 (100000 characters)");
    }
}
