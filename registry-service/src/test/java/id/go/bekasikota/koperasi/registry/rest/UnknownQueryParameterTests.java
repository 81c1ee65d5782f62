package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 7: a query parameter the operation does not declare is refused as an unknown JSON
 * field is (platform {@code UnknownQueryParameters}), before the operation runs.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class UnknownQueryParameterTests {

    private static final String VALIDATION = "https://koperasi.bekasikota.go.id/problems/validation";
    /** The parameters of the register's search, as its document lists them (paging from the shared bean). */
    private static final String SEARCH_PARAMETERS = "assetsMax, assetsMin, cooperativeNumber, direction, grade, jenis, kbliCode, "
            + "kecamatanCode, kelompok, name, page, size, sort, status";

    @Test
    void aMisspeltFilterIsA400NamingItAndListingTheParametersTheOperationTakes() {
        given().when().get("/api/v1/cooperatives?kecamatan=327501")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("status", equalTo(400))
                .body("detail", equalTo("1 field is not valid"))
                .body("instance", equalTo("/api/v1/cooperatives"))
                .body("errors", equalTo(List.of(Map.of("field", "kecamatan",
                        "message", "unknown query parameter; allowed: " + SEARCH_PARAMETERS))));
    }

    @Test
    void everyUnknownParameterIsNamedOnceInOrder() {
        given().when().get("/api/v1/cooperatives?zeta=1&page=2&alpha=x&alpha=y&Page=3")
                .then().statusCode(400)
                .body("detail", equalTo("3 fields are not valid"))
                .body("errors.field", equalTo(List.of("Page", "alpha", "zeta")));
    }

    @Test
    void theDeclaredParametersIncludingPagingAreTaken() {
        given().when().get("/api/v1/cooperatives?kecamatanCode=327501&jenis=JASA&page=1&size=5&sort=name&direction=desc")
                .then().statusCode(200).body("page.number", equalTo(1)).body("page.size", equalTo(5));
        // A stray separator names no parameter
        given().when().get("/api/v1/cooperatives?&size=3&").then().statusCode(200).body("page.size", equalTo(3));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/dissolution-candidates?asOf=2026-07-01&size=1")
                .then().statusCode(200);
    }

    @Test
    void anOperationWithoutQueryParametersTakesNoneAndSaysSoBeforeLookingForTheRecord() {
        given().when().get("/api/v1/cooperatives/" + UUID.randomUUID() + "?asOf=2026-07-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("errors", equalTo(List.of(Map.of("field", "asOf", "message", "unknown query parameter; this operation takes none"))));
    }

    @Test
    void aDeclaredParameterWithAnotherCaseIsNotTheDeclaredOne() {
        String id = register();
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=2026-07-01").then().statusCode(200);
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asof=2026-07-01")
                .then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "asof", "message", "unknown query parameter; allowed: asOf"))));
    }

    @Test
    void aWriteWithAnUnknownParameterChangesNothing() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives?dryRun=true")
                .then().statusCode(400).body("errors.field", equalTo(List.of("dryRun")));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives?cooperativeNumber=" + body.get("cooperativeNumber"))
                .then().statusCode(200).body("page.totalItems", equalTo(0));
    }

    @Test
    void whoMayNotCallTheOperationLearnsThatFirst() {
        given().when().get("/api/v1/cooperatives/dissolution-candidates?bogus=1")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.cooperative(UUID.randomUUID())).when().get("/api/v1/cooperatives/dissolution-candidates?bogus=1")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aParameterNameThatCannotBeDecodedIsStillAProblemNotAFailure() {
        given().urlEncodingEnabled(false).when().get("/api/v1/cooperatives?%zz=1")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String register() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }
}
