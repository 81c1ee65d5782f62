package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 7: a query parameter the operation does not declare is refused as an unknown JSON
 * field is (platform {@code RefusedQueryParameters}), before the operation runs; so is a value holding the
 * NUL character, which no text column stores.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class UnknownQueryParameterTests {

    @TestHTTPResource("/")
    URL root;

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
    void everyUnknownParameterIsNamedOnceInOrder() throws Exception {
        // Sent as written: the query of the request line, untouched by a client library
        JsonPath problem = JsonPath.from(raw("/api/v1/cooperatives?zeta=1&page=2&alpha=x&alpha=y&Page=3", 400));
        assertThat(problem.getString("detail")).as(problem.prettify()).isEqualTo("3 fields are not valid");
        assertThat(problem.getList("errors.field")).containsExactly("Page", "alpha", "zeta");
    }

    @Test
    void theDeclaredParametersIncludingPagingAreTaken() {
        given().when().get("/api/v1/cooperatives?kecamatanCode=327501&jenis=JASA&page=1&size=5&sort=name&direction=desc")
                .then().statusCode(200).body("page.number", equalTo(1)).body("page.size", equalTo(5));
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
    void aStraySeparatorNamesNoParameter() throws Exception {
        assertThat(JsonPath.from(raw("/api/v1/cooperatives?&size=3&", 200)).getInt("page.size")).isEqualTo(3);
    }

    @Test
    void aQueryThatCannotBeDecodedIsRefusedNotAFailure() throws Exception {
        // Refused by Quarkus' HTTP layer before any of the service's code: java.net.URI cannot read the target
        raw("/api/v1/cooperatives?%zz=1", 400);
    }

    @Test
    void aNulCharacterInADeclaredParametersValueIsA400NamingTheParameterAsInABody() throws Exception {
        // A free-text filter would carry it to the database, which cannot store it and answers without the field
        JsonPath problem = JsonPath.from(raw("/api/v1/cooperatives?name=Garuda&name=Gar%00uda&kbliCode=%00&size=3&zeta=%00", 400));
        assertThat(problem.getString("type")).as(problem.prettify()).isEqualTo(VALIDATION);
        assertThat(problem.getString("detail")).isEqualTo("3 fields are not valid");
        assertThat(problem.getList("errors")).containsExactly(
                Map.of("field", "kbliCode", "message", "must not contain the NUL character (U+0000)"),
                Map.of("field", "name", "message", "must not contain the NUL character (U+0000)"),
                Map.of("field", "zeta", "message", "unknown query parameter; allowed: " + SEARCH_PARAMETERS));
    }

    @Test
    void aParameterThatTakesOneValueGivenTwiceIsA400NamingIt() throws Exception {
        // The framework would take the first status silently: the caller asked for two and gets one.
        JsonPath problem = JsonPath.from(raw("/api/v1/cooperatives?status=ACTIVE&size=3&status=INACTIVE&size=3", 400));
        assertThat(problem.getString("type")).as(problem.prettify()).isEqualTo(VALIDATION);
        assertThat(problem.getList("errors")).containsExactly(
                Map.of("field", "size", "message", "is given more than once; it takes one value"),
                Map.of("field", "status", "message", "is given more than once; it takes one value"));
    }

    @Test
    void aSemicolonEndsAParameterAsTheFrameworkReadsIt() throws Exception {
        // Netty's decoder splits at ';' as at '&': "sort=name;drop=1" is sort=name and drop=1, and drop is unknown.
        JsonPath problem = JsonPath.from(raw("/api/v1/cooperatives?sort=name;drop=1", 400));
        assertThat(problem.getList("errors")).as(problem.prettify()).containsExactly(
                Map.of("field", "drop", "message", "unknown query parameter; allowed: " + SEARCH_PARAMETERS));
        assertThat(JsonPath.from(raw("/api/v1/cooperatives?sort=name;size=2", 200)).getInt("page.size")).isEqualTo(2);
    }

    @Test
    void theNulCharacterIsRefusedInTheCallersLanguage() {
        given().urlEncodingEnabled(false).header("Accept-Language", "id").when().get("/api/v1/cooperatives?name=a%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", equalTo(List.of(Map.of("field", "name", "message", "tidak boleh memuat karakter NUL (U+0000)"))));
    }

    /** The body of a GET sent on a plain socket with the target exactly as given, after checking its status. */
    @Test
    void aProblemsInstanceIsThePathAsSentAValidUriReference() throws Exception {
        // "a b" percent-encoded in the request line: the instance keeps the encoding (a space is no URI character).
        JsonPath problem = JsonPath.from(raw("/api/v1/cooperatives/a%20b?x=1", 400));
        assertThat(problem.getString("instance")).as(problem.prettify()).isEqualTo("/api/v1/cooperatives/a%20b");
    }

    /**
     * The gateway forwards a request line of up to 8,192 characters of URI; the service reads it and names the
     * parameter at fault, where Quarkus' default limit (4,096) answered a bare 414 without problem details.
     */
    @Test
    void aLongQueryTheGatewayForwardsIsReadAndItsParameterNamed() throws Exception {
        JsonPath problem = JsonPath.from(raw("/api/v1/cooperatives?name=" + "q".repeat(8_000), 400));
        assertThat(problem.getString("type")).isEqualTo(VALIDATION);
        assertThat(problem.getString("errors[0].field")).isEqualTo("name");
    }

    private String raw(String target, int expectedStatus) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as(target).startsWith("HTTP/1.1 " + expectedStatus + " ");
            return answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }

    private static String register() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }
}
