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
}
