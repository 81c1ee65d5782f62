package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a problem says of a body Jackson cannot read: the field at fault, never the whole input echoed. */
class UnreadableJsonTest {

    record Score(String indicatorCode, int score) {
    }

    record Scores(List<Score> scores, long total) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aNumberPastItsFieldsRangeNamesTheField() {
        InputCoercionException nested = catchThrowableOfType(InputCoercionException.class, () -> mapper.readValue(
                "{\"scores\": [{\"indicatorCode\": \"K1\", \"score\": 1}, {\"indicatorCode\": \"K2\", \"score\": 2147483648}]}",
                Scores.class));
        assertThat(ProblemMappers.pointerPath(((JsonParser) nested.getProcessor()).getParsingContext())).isEqualTo("scores[1].score");

        InputCoercionException top = catchThrowableOfType(InputCoercionException.class, () -> mapper.readValue(
                "{\"scores\": [], \"total\": 9223372036854775808}", Scores.class));
        assertThat(ProblemMappers.pointerPath(((JsonParser) top.getProcessor()).getParsingContext())).isEqualTo("total");
    }

    @Test
    void aQuotedValueIsCutAtFortyCharacters() {
        assertThat(ProblemMappers.shown("PRODUSEN")).isEqualTo("PRODUSEN");
        assertThat(ProblemMappers.shown("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(ProblemMappers.shown("x".repeat(100_000))).isEqualTo("x".repeat(40) + "\u2026 (100000 characters)");
    }
}
