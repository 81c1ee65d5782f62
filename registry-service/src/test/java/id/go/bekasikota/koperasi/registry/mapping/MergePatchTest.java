package id.go.bekasikota.koperasi.registry.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of RFC 7396, appendix A. */
class MergePatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void followsTheRfcExamples() throws Exception {
        assertMerge("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
        assertMerge("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}");
        assertMerge("{\"a\":\"b\"}", "{\"a\":null}", "{}");
        assertMerge("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}");
        assertMerge("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
        assertMerge("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}");
        assertMerge("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}");
        assertMerge("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}");
        assertMerge("[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]");
        assertMerge("{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]");
        assertMerge("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}");
        assertMerge("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}");
        assertMerge("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
    }

    private void assertMerge(String target, String patch, String expected) throws Exception {
        JsonNode result = MergePatch.apply(json.readTree(target), json.readTree(patch));
        assertThat(result).isEqualTo(json.readTree(expected));
    }
}
