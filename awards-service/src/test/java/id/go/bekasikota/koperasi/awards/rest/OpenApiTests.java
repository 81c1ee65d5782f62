package id.go.bekasikota.koperasi.awards.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operation is documented: a unique id, a summary and description, its error answers as problem details. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "awards"))
class OpenApiTests {

    @Test
    void everyOperationIsDocumented() throws Exception {
        String document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(document).get("paths");
        assertThat(paths.has("/api/v1/award-programs")).isTrue();
        assertThat(paths.has("/api/v1/nominations")).isTrue();
        assertThat(paths.has("/api/v1/award-eligibility")).isTrue();
        assertThat(paths.has("/api/v1/award-programs/{id}/ranking")).isTrue();
        Set<String> ids = new HashSet<>();
        List<String> undocumented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                JsonNode op = operation.getValue();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                assertThat(ids.add(op.path("operationId").asText())).as("unique operationId of " + name).isTrue();
                if (op.path("summary").asText().isBlank() || op.path("description").asText().isBlank()
                        && !name.startsWith("GET")) {
                    undocumented.add(name);
                }
                op.path("responses").fields().forEachRemaining(r -> {
                    // Quarkus adds bare 401/403 entries to secured operations; the documented ones carry problem details.
                    if (r.getKey().startsWith("4") && r.getValue().has("content")) {
                        assertThat(r.getValue().path("content").has("application/problem+json"))
                                .as(name + " " + r.getKey() + " is a problem").isTrue();
                    }
                });
            }
        }
        assertThat(undocumented).isEmpty();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(20);
    }

    /**
     * A juror's scores are saved on their version: If-Match is optional (a first scoring needs none) yet a 428 is
     * documented beside the 412 (once the juror has scores it is required), and both reads and saves carry the ETag.
     */
    @Test
    void theScoresDocumentTheirIfMatchAndETag() throws Exception {
        String document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode scores = new ObjectMapper().readTree(document).get("paths").get("/api/v1/nominations/{id}/scores");
        JsonNode put = scores.get("put");
        JsonNode ifMatch = null;
        for (JsonNode parameter : put.path("parameters")) {
            if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equalsIgnoreCase("If-Match")) {
                ifMatch = parameter;
            }
        }
        assertThat(ifMatch).as("PUT .../scores takes If-Match").isNotNull();
        assertThat(ifMatch.path("required").asBoolean(false)).isFalse();
        assertThat(ifMatch.path("description").asText()).contains("428").contains("412");
        assertThat(put.path("responses").has("412")).isTrue();
        assertThat(put.path("responses").has("428")).isTrue();
        assertThat(put.path("responses").path("428").path("content").has("application/problem+json")).isTrue();
        assertThat(put.path("responses").path("428").path("description").asText()).contains("has scores of this nomination already");
        assertThat(put.path("responses").path("200").path("headers").has("ETag")).isTrue();
        JsonNode get = scores.get("get");
        assertThat(get.path("responses").path("200").path("headers").has("ETag")).isTrue();
        assertThat(get.path("responses").has("304")).isTrue();
        // The page's schema stays documented (the method answers a RestResponse of it).
        assertThat(get.path("responses").path("200").path("content").path("application/json").path("schema").isMissingNode()).isFalse();
    }
}
