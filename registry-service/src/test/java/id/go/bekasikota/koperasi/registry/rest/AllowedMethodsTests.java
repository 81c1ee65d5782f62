package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * RFC 9110 §15.5.6 and §9.3.7: a 405 lists the methods its path takes in {@code Allow}, and so does an
 * {@code OPTIONS} answer (platform {@code AllowedMethods}); the lists here are written from the register's
 * operations as its document gives them.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class AllowedMethodsTests {

    @Test
    void aMethodThePathDoesNotTakeIsA405WhoseAllowListsThoseItDoes() {
        // The register: GET (search) and POST (register) on the collection; GET, PUT and PATCH on one cooperative
        given().auth().oauth2(Tokens.officer()).when().delete("/api/v1/cooperatives")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS, POST")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/method-not-allowed"));
        given().auth().oauth2(Tokens.officer()).when().delete("/api/v1/cooperatives/" + UUID.randomUUID())
                .then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS, PATCH, PUT");
        // A literal segment beside /{id}: its own methods, not those of /{id}
        given().auth().oauth2(Tokens.officer()).when().post("/api/v1/cooperatives/dissolution-candidates")
                .then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS");
        // Under a resource class whose own path has a variable (the framework alone answers 404 there)
        given().auth().oauth2(Tokens.officer()).when().delete("/api/v1/cooperatives/" + UUID.randomUUID() + "/awards")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET, HEAD, OPTIONS")
                .body("status", equalTo(405));
        // A path that is not there at all stays a 404
        given().auth().oauth2(Tokens.officer()).when().delete("/api/v1/cooperatives/" + UUID.randomUUID() + "/nothing")
                .then().statusCode(404).header("Allow", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void optionsAnswersTheMethodsOfItsPathNotEveryMethodOfTheResourceClass() {
        given().when().options("/api/v1/cooperatives").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS, POST");
        given().when().options("/api/v1/cooperatives/" + UUID.randomUUID() + "/dissolution")
                .then().statusCode(200).header("Allow", "OPTIONS, POST");
    }
}
