package id.go.bekasikota.koperasi.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonConfigTest {

    record Board(String name, List<String> aliases) {
    }

    private final ObjectMapper mapper = mapper();

    @Test
    void textWithANulCharacterIsRefusedNamingItsField() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\": \"a\\u0000b\"}", Board.class))
                .isInstanceOf(InvalidFormatException.class)
                .satisfies(e -> assertThat(((InvalidFormatException) e).getPath().get(0).getFieldName()).isEqualTo("name"));
        assertThatThrownBy(() -> mapper.readValue("{\"name\": \"x\", \"aliases\": [\"\\u0000\"]}", Board.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void otherTextIsReadAsBefore() throws Exception {
        assertThat(mapper.readValue("{\"name\": \"Koperasi \\u202e\\ud83d\\ude00\", \"aliases\": [\"\"]}", Board.class))
                .isEqualTo(new Board("Koperasi \u202e\ud83d\ude00", List.of("")));
        assertThatThrownBy(() -> mapper.readValue("{\"name\": 12}", Board.class)).isNotNull();
    }

    @Test
    void absentValuesAreLeftOutNotSentAsNull() throws Exception {
        assertThat(mapper.writeValueAsString(new Board(null, List.of()))).isEqualTo("{\"aliases\":[]}");
        assertThat(mapper.writeValueAsString(new Board("Koperasi", null))).isEqualTo("{\"name\":\"Koperasi\"}");
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfig().customize(mapper);
        return mapper;
    }
}
