package id.go.bekasikota.koperasi.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body says it is JSON (platform {@code JsonContentType}): without a {@code Content-Type}, or with a charset
 * that cannot be read, it is a 415 naming {@code Content-Type}, and nothing is written; a body in another charset that
 * says so is read in it ({@code DeclaredCharset}).
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ContentTypeTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/cooperatives")
    URL cooperatives;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aBodyWithoutAContentTypeIsRefusedAndNothingIsWritten() throws Exception {
        String name = "Koperasi Tanpa Jenis Isi";
        HttpResponse<String> answer = post(body(name).getBytes(StandardCharsets.UTF_8), null);

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://koperasi.bekasikota.go.id/problems/unsupported-media-type");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Content-Type");
        assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo("is required with a body: application/json");
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void aBodyInLatin1IsReadAsLatin1() throws Exception {
        // What REST Assured sends for application/merge-patch+json unless told: the label and the bytes in ISO-8859-1.
        String name = "Koperasi Café Latin";
        HttpResponse<String> answer = post(body(name).getBytes(Charset.forName("ISO-8859-1")), "application/json; charset=ISO-8859-1");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(JSON.readTree(answer.body()).path("name").asText()).isEqualTo(name);
    }

    @Test
    void aBodyInACharsetThatCannotBeReadIsRefusedAndNothingIsWritten() throws Exception {
        String name = "Koperasi Aksara Asing";
        HttpResponse<String> answer = post(body(name).getBytes(StandardCharsets.UTF_8), "application/json; charset=x-klingon");

        assertThat(answer.statusCode()).isEqualTo(415);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Content-Type");
        assertThat(problem.path("errors").get(0).path("message").asText()).startsWith("names charset x-klingon, which cannot be read");
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void aBodyInUtf8IsTakenWithOrWithoutItsCharset() throws Exception {
        String name = "Koperasi Café Utf";
        HttpResponse<String> answer = post(body(name).getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(JSON.readTree(answer.body()).path("name").asText()).isEqualTo(name);
        assertThat(countNamed(name)).as("the search these tests count with finds it").isEqualTo(1);
    }

    private static String body(String name) throws Exception {
        Map<String, Object> cooperative = CooperativeMother.named(name, "2018-03-04");
        cooperative.remove("cooperativeNumber");
        return JSON.writeValueAsString(cooperative);
    }

    private HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(cooperatives.toURI())
                .header("Authorization", "Bearer " + Tokens.officer())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long countNamed(String name) throws Exception {
        URI search = URI.create(cooperatives + "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpResponse<String> found = client.send(HttpRequest.newBuilder(search).header("Authorization", "Bearer " + Tokens.officer()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).isEqualTo(200);
        long named = 0;
        for (JsonNode item : JSON.readTree(found.body()).path("items")) {
            named += name.equals(item.path("name").asText()) ? 1 : 0;
        }
        return named;
    }
}
