package id.go.bekasikota.koperasi.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonConfigTest {

    record Board(String name, List<String> aliases) {
    }

    record Meeting(LocalDate heldOn) {
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

    @Test
    void whatTheSuiteWroteItselfIsReadTolerantlyAndWithoutTheBoundsOfARequestBody() throws Exception {
        // 70,000 characters of text (over 65,536) in a document of about 2.1 MB (over 1,048,576 bytes), and a member this
        // version does not know.
        String longText = "x".repeat(70_000);
        String aliases = String.join(",", java.util.Collections.nCopies(30, "\"" + longText + "\""));
        String stored = "{\"name\":\"" + longText + "\",\"aliases\":[" + aliases + "],\"addedLater\":1}";
        assertThat(stored.length()).isGreaterThan(2_000_000);
        assertThatThrownBy(() -> mapper.readValue(stored, Board.class)).as("as a request body").isNotNull();
        Board read = JsonConfig.forStoredData(mapper).readValue(stored, Board.class);
        assertThat(read.name()).hasSize(70_000);
        assertThat(read.aliases()).hasSize(30);
        assertThatThrownBy(() -> mapper.readValue(stored, Board.class)).as("the application's mapper keeps its bounds").isNotNull();
    }

    @Test
    void aDateHasAFourDigitYearAndIsAfterwardsStoredAndComputedWith() throws Exception {
        assertThat(mapper.readValue("{\"heldOn\": \"2026-03-21\"}", Meeting.class).heldOn()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(mapper.readValue("{\"heldOn\": \"2024-02-29\"}", Meeting.class).heldOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        // The JDK's ISO reader takes the first two; PostgreSQL stores neither, and a month added to the first overflows.
        for (String date : new String[]{"+999999999-12-31", "-0001-01-01", "12026-01-01", "2026-02-30", "26-03-21", "2026-3-21",
                "2026-03-21T00:00:00"}) {
            assertThatThrownBy(() -> mapper.readValue("{\"heldOn\": \"" + date + "\"}", Meeting.class)).as(date)
                    .isInstanceOfSatisfying(InvalidFormatException.class,
                            e -> assertThat(e.getPath().get(0).getFieldName()).isEqualTo("heldOn"));
        }
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfig().customize(mapper);
        return mapper;
    }
}
