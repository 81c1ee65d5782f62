package id.go.bekasikota.koperasi.platform.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One annotation on a request record: Jackson reads the text normalised, bean validation refuses the rest naming the field. */
class TrustedTextAnnotationsTest {

    record Request(@NotBlank @NameText String name, @CodeText String number, @FreeText String notes, String untouched,
                   List<@Valid Holder> board) {
    }

    record Holder(@NotBlank @NameText String name) {
    }

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private final Validator validator = FACTORY.getValidator();
    private final ObjectMapper mapper = mapper();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void theAnnotatedFieldsAreReadNormalisedAndTheOthersAsSent() throws Exception {
        Request request = mapper.readValue("""
                {"name": "  Koperasi Be\\u0301rkah  ", "number": " AHU-0007557.AH.01.26.Tahun 2020 ", "notes": "\\tline one\\nline two ",
                 "untouched": " Be\\u0301 ", "board": [{"name": " Siti "}]}""", Request.class);
        assertThat(request.name()).isEqualTo("Koperasi B\u00e9rkah");
        assertThat(request.number()).isEqualTo("AHU-0007557.AH.01.26.Tahun 2020");
        assertThat(request.notes()).isEqualTo("line one\nline two");
        assertThat(request.untouched()).isEqualTo(" Be\u0301 ");
        assertThat(request.board().get(0).name()).isEqualTo("Siti");
        assertThat(validator.validate(request)).isEmpty();
    }

    @Test
    void refusedTextIsAViolationOfItsFieldWithTheReason() throws Exception {
        Request request = mapper.readValue("""
                {"name": "Koperasi \\u202eMaju", "number": "518\\u200b/96", "notes": "ok", "board": [{"name": "\\u00a0\\u3164"}]}""",
                Request.class);
        assertThat(violations(request)).containsExactly(
                Map.entry("board[0].name", "must contain a letter"),
                Map.entry("name", "must not contain characters that change the reading direction (found U+202E)"),
                Map.entry("number", "must not contain invisible or control characters (found U+200B)"));
    }

    @Test
    void aNameOfSpacesIsBlankAfterTrimming() throws Exception {
        Request request = mapper.readValue("{\"name\": \"\\u00a0 \\u3000\", \"board\": []}", Request.class);
        assertThat(request.name()).isEmpty();
        assertThat(violations(request)).containsOnlyKeys("name");
    }

    @Test
    void thePlatformsOwnTextRulesStillApply() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\": \"a\\u0000b\", \"board\": []}", Request.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"name\": 12, \"board\": []}", Request.class)).isNotNull();
    }

    private Map<String, String> violations(Object bean) {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<Object> v : validator.validate(bean)) {
            found.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return found;
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfig().customize(mapper);
        return mapper;
    }
}
