package id.go.bekasikota.koperasi.gateway.docs;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class ApiDocumentsTests {

    @Test
    void oneSwaggerUiPageListsEveryService() {
        given().when().get("/api-docs")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("/openapi/registry"), containsString("/openapi/financing"),
                        containsString("/openapi/awards")));
    }

    @Test
    void eachServicesDocumentIsServedThroughTheGateway() {
        given().when().get("/openapi/registry")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("openapi", equalTo("3.1.0"))
                .body("info.title", equalTo("registry"))
                .body("info.version", equalTo("format=json"));
        given().when().get("/openapi/awards").then().statusCode(200).body("info.title", equalTo("awards"));
    }

    @Test
    void aDocumentThatCannotBeReadIsAProblem() {
        given().when().get("/openapi/standby")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/unavailable"));
        given().when().get("/openapi/nothing")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
