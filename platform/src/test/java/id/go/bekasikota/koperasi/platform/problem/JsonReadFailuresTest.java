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
    void aBodyOfMoreThanOneMebibyteIsTooLongAndATextOfMoreThan65536CharactersBeyondTheLimits() {
        // 1 MiB = 1,048,576 bytes: a board of Holders of 64 characters' text each, 16,500 of them, is about 1.3 MB.
        String holder = "{\"name\":\"" + "x".repeat(60) + "\",\"role\":\"y\"},";
        String longBody = "{\"board\":[" + holder.repeat(16_500) + "{\"name\":\"z\"}]}";
        assertThat(longBody.length()).isGreaterThan(1_048_576);
        JsonProcessingException tooLong = failureOf(longBody);
        assertThat(JsonReadFailures.documentTooLong(tooLong)).isTrue();
        assertThat(JsonReadFailures.beyondLimits(tooLong)).isTrue();
        String shorter = "{\"board\":[" + holder.repeat(12_000) + "{\"name\":\"z\"}]}";
        assertThat(shorter.length()).isLessThan(1_048_576);
        assertThat(catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readValue(shorter, Body.class))).isNull();

        JsonProcessingException longText = failureOf("{\"name\":\"" + "x".repeat(65_537) + "\"}");
        assertThat(JsonReadFailures.beyondLimits(longText)).isTrue();
        assertThat(JsonReadFailures.documentTooLong(longText)).isFalse();
        assertThat(catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readValue("{\"name\":\"" + "x".repeat(65_536) + "\"}", Body.class)))
                .as("a text of exactly 65,536 characters").isNull();
    }

    @Test
    void otherFailuresAreNeither() {
        for (String json : List.of("{\"name\": ", "{\"name\":\"A\",}", "{\"members\":\"many\"}", "{\"name\":\"A\"} {")) {
            JsonProcessingException failure = failureOf(json);
            assertThat(failure).as(json).isNotNull();
            assertThat(JsonReadFailures.duplicateField(failure)).as(json).isEmpty();
            assertThat(JsonReadFailures.beyondLimits(failure)).as(json).isFalse();
            assertThat(JsonReadFailures.documentTooLong(failure)).as(json).isFalse();
        }
    }
}
