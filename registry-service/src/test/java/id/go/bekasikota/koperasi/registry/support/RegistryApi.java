package id.go.bekasikota.koperasi.registry.support;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** The calls most tests make first, through the API as an officer. */
public final class RegistryApi {

    private RegistryApi() {
    }

    public static String register(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }

    public static void file(String id, Map<String, Object> report) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
    }

    /** Files the report of the body's year, or corrects it if the year is filed already. */
    public static void fileOrCorrect(String id, Map<String, Object> report) {
        int read = given().when().get("/api/v1/cooperatives/" + id + "/annual-reports/" + report.get("financialYear")).statusCode();
        if (read == 404) {
            file(id, report);
        } else {
            correct(id, report);
        }
    }

    /** Corrects the report of the body's year, with the ETag of its current revision read just before. */
    public static void correct(String id, Map<String, Object> report) {
        String year = "/api/v1/cooperatives/" + id + "/annual-reports/" + report.get("financialYear");
        String etag = given().auth().oauth2(Tokens.officer()).when().get(year).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag).body(report)
                .when().put(year).then().statusCode(200);
    }

    /** Dissolves the cooperative on the date, with its current ETag. */
    public static void dissolve(String id, String dissolvedOn) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("dissolvedOn", dissolvedOn, "legalBasis", "Keputusan Kepala Dinas No. 518/77/" + dissolvedOn.substring(0, 4)))
                .when().post("/api/v1/cooperatives/" + id + "/dissolution").then().statusCode(200);
    }

    public static String etag(String id) {
        return given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    public static EventLog registryEvents() {
        return new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE);
    }
}
