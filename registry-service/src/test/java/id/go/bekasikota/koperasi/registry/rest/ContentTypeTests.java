package id.go.bekasikota.koperasi.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
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
 * A body says what it is (platform {@code BodyContentType}): a JSON body or a CSV file without a {@code Content-Type},
 * or JSON with a charset that cannot be read, is a 415 naming {@code Content-Type}, and nothing is written; a JSON body
 * in another charset that says so is read in it ({@code DeclaredCharset}). A CSV file comes with the types browsers
 * give it; a workbook sent for one is refused saying what it is.
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

    @Test
    void anImportWithoutAContentTypeIsRefusedAndNothingIsImported() throws Exception {
        String number = CooperativeNumbers.unique();
        HttpResponse<String> answer = postImport(csv(number).getBytes(StandardCharsets.UTF_8), null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("detail").asText())
                .isEqualTo("The body must be sent with the Content-Type this operation reads: text/csv, application/vnd.ms-excel, text/plain");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Content-Type");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("is required with a body: text/csv, application/vnd.ms-excel, text/plain");
        assertThat(countNumbered(number)).isZero();
    }

    /** What a browser on Windows with Office installed sends for a {@code .csv} file it uploads. */
    @Test
    void aCsvFileLabelledAsExcelDoesIsImported() throws Exception {
        String number = CooperativeNumbers.unique();
        HttpResponse<String> answer = postImport(csv(number).getBytes(StandardCharsets.UTF_8), "application/vnd.ms-excel");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(JSON.readTree(answer.body()).path("created").asInt()).isEqualTo(1);
        assertThat(countNumbered(number)).isEqualTo(1);
    }

    @Test
    void aWorkbookSentForACsvFileIsRefusedSayingWhatItIs() throws Exception {
        // The first bytes of every XLSX: a ZIP archive's local file header.
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};
        HttpResponse<String> answer = postImport(xlsx, "application/vnd.ms-excel");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("https://koperasi.bekasikota.go.id/problems/malformed-request");
        assertThat(problem.path("detail").asText()).startsWith("The file is a spreadsheet workbook (XLSX or XLS), not a CSV file");
    }

    private static String csv(String number) {
        return CooperativeImportMother.file(java.util.List.of(CooperativeImportMother.row(number, "Koperasi Jenis Isi")));
    }

    private HttpResponse<String> postImport(byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cooperatives.toString().replace("/cooperatives", "/cooperative-imports")))
                .header("Authorization", "Bearer " + Tokens.officer()).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long countNumbered(String number) throws Exception {
        URI search = URI.create(cooperatives + "?cooperativeNumber=" + number);
        HttpResponse<String> found = client.send(HttpRequest.newBuilder(search).header("Authorization", "Bearer " + Tokens.officer()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).isEqualTo(200);
        return JSON.readTree(found.body()).path("items").size();
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
