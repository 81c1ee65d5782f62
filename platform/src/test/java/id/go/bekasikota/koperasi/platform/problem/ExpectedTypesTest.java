package id.go.bekasikota.koperasi.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a field of the wrong JSON type is said to expect, against the Jackson the services run. */
class ExpectedTypesTest {

    record Holder(String name) {
    }

    record Body(List<Holder> board, Holder chair, Long members) {
    }

    private static String expectedFor(String json) {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfig().customize(mapper);
        MismatchedInputException mismatch = catchThrowableOfType(MismatchedInputException.class, () -> mapper.readValue(json, Body.class));
        return ProblemMappers.expected(mismatch.getTargetType()).in(Languages.ENGLISH);
    }

    @Test
    void aListIsAnArrayARecordAnObject() {
        assertThat(expectedFor("{\"board\":\"x\"}")).isEqualTo("an array");
        assertThat(expectedFor("{\"chair\":\"x\"}")).isEqualTo("an object");
        assertThat(expectedFor("{\"members\":\"x\"}")).isEqualTo("a whole number");
    }
}
