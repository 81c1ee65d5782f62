package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Against the Jackson the suite runs, configured as the services configure it. */
class JsonReadFailuresTest {

    record Holder(String name, String role) {
    }

    record Body(String name, List<Holder> board, Long members) {
    }

    private static final ObjectMapper MAPPER = configured();

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfig().customize(mapper);
        return mapper;
    }

    private static JsonProcessingException failureOf(String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readValue(json, Body.class));
    }

    @Test
    void aMemberNamedTwiceIsFoundWhereverItIs() {
        assertThat(JsonReadFailures.duplicateField(failureOf("{\"name\":\"Koperasi A\",\"name\":\"Koperasi B\"}"))).contains("name");
        assertThat(JsonReadFailures.duplicateField(failureOf(
                "{\"name\":\"A\",\"board\":[{\"name\":\"Siti\",\"role\":\"Ketua\"},{\"name\":\"Budi\",\"role\":\"x\",\"role\":\"y\"}]}")))
                .contains("board[1].role");
        assertThat(JsonReadFailures.duplicateField(failureOf("{\"board\":[{\"name\":\"Siti\",\"name\":\"Sita\"}]}"))).contains("board[0].name");
    }

    @Test
    void aNumberOfMoreThanAThousandDigitsIsBeyondTheLimits() {
        JsonProcessingException failure = failureOf("{\"members\":1" + "0".repeat(1000) + "}");
        assertThat(JsonReadFailures.beyondLimits(failure)).isTrue();
        assertThat(JsonReadFailures.duplicateField(failure)).isEmpty();
        assertThat(JsonReadFailures.beyondLimits(failureOf("{\"members\":1" + "0".repeat(17) + "}"))).as("a long, not too long to read").isFalse();
    }

    @Test
    void otherFailuresAreNeither() {
        for (String json : List.of("{\"name\": ", "{\"name\":\"A\",}", "{\"members\":\"many\"}", "{\"name\":\"A\"} {")) {
            JsonProcessingException failure = failureOf(json);
            assertThat(failure).as(json).isNotNull();
            assertThat(JsonReadFailures.duplicateField(failure)).as(json).isEmpty();
            assertThat(JsonReadFailures.beyondLimits(failure)).as(json).isFalse();
        }
    }
}
