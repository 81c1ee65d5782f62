package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class CooperativeResourceTests {

    @Test
    void locationNamesTheUrlTheCallerUsedAsTheGatewaySaysIt() {
        // The gateway (a trusted proxy: this test's address) behind the TLS ingress: https, the public host, 443.
        io.restassured.response.Response created = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "koperasi.bekasikota.go.id")
                .header("X-Forwarded-Port", "443").body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives");
        created.then().statusCode(201);
        assertThat(created.header("Location")).isEqualTo("https://koperasi.bekasikota.go.id/api/v1/cooperatives/" + created.path("id"));
        // An HTTP/1.0 caller without Host reached the gateway at 10.0.0.7:8080: never the service's own address.
        io.restassured.response.Response plain = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "10.0.0.7:8080")
                .header("X-Forwarded-Port", "8080").body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives");
        plain.then().statusCode(201);
        assertThat(plain.header("Location")).isEqualTo("http://10.0.0.7:8080/api/v1/cooperatives/" + plain.path("id"));
    }

    @Test
    void officerRegistersACooperativeAndTheEventIsPublished() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", Tags.ofVersion(0))
                .body("name", equalTo("Koperasi Lima Garuda"))
                .body("kecamatanName", equalTo("Bekasi Timur"))
                .body("status", equalTo("INACTIVE"))
                .body("grade", equalTo("D"))
                .extract().path("id");

        try (EventLog log = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.REGISTRY_COOPERATIVE)) {
            EventLog.Event event = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_REGISTERED, id));
            assertThat(event.key()).isEqualTo(id);
            assertThat(event.headers()).containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_source", "/koperasi/registry-service")
                    .containsEntry("ce_aggregateversion", "0");
            JsonPath data = JsonPath.from(event.value());
            assertThat(data.getString("cooperative.cooperativeNumber")).isEqualTo(body.get("cooperativeNumber"));
            assertThat(data.getMap("cooperative")).doesNotContainKeys("phone", "email");
        }
    }

    @Test
    void codesPastedWithSpacesAroundThemAreReadTrimmed() {
        // A number, a kecamatan, a KBLI and a NIK copied from a spreadsheet's cells, spaces and a tab around them.
        Map<String, Object> body = CooperativeMother.limaGaruda();
        String number = (String) body.get("cooperativeNumber");
        body.put("cooperativeNumber", " " + number + " ");
        body.put("kecamatanCode", "327501\t");
        body.put("kbliCode", " 64141");
        body.put("kbliEdition", "2020 ");
        body.put("board", java.util.List.of(CooperativeMother.officeHolder("Hj. Siti Rahmawati", "Ketua", " 3275014107800003 ", null)));
        body.put("branches", java.util.List.of(CooperativeMother.branch("Cabang Pondokgede", "Jl. Raya Jatiwaringin No. 12", " 327508")));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(201)
                .body("cooperativeNumber", equalTo(number)).body("kecamatanCode", equalTo("327501"))
                .body("kbliCode", equalTo("64141")).body("kbliEdition", equalTo("2020"))
                .body("board[0].personalNik", equalTo("3275014107800003")).body("branches[0].kecamatanCode", equalTo("327508"));
    }

    @Test
    void anonymousCallersSeeThePublicViewOnly() {
        String id = register(CooperativeMother.limaGaruda());
        given().when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("name", equalTo("Koperasi Lima Garuda"))
                .body("phone", nullValue()).body("email", nullValue());
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("phone", equalTo("+62 21 8801234"));
    }

    @Test
    void anotherGovernmentSystemReadsTheRegisterWithoutPersonalDataAsTheChangesFeedGivesIt() {
        Map<String, Object> cooperative = CooperativeMother.limaGarudaWithBoard();
        String id = register(cooperative);
        // The cooperative's own contact data, as in the feed's full view; no board, no supervisors (personal data).
        String tag = given().auth().oauth2(Tokens.system()).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("phone", equalTo("+62 21 8801234")).body("email", equalTo("sekretariat@limagaruda.coop"))
                .body("board", nullValue()).body("supervisors", nullValue()).extract().header("ETag");
        // A view of its own: its tag is neither the public one nor an If-Match.
        assertThat(tag).matches("\"\\d+-register\\.[A-Za-z0-9_-]+\"");
        given().auth().oauth2(Tokens.system()).queryParam("cooperativeNumber", cooperative.get("cooperativeNumber")).when()
                .get("/api/v1/cooperatives").then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(id))
                .body("items[0].email", equalTo("sekretariat@limagaruda.coop")).body("items[0].board", nullValue());
        given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200).header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+-public\\.[A-Za-z0-9_-]+\""));
    }

    @Test
    void invalidFieldsAreNamedInProblemDetails() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("kecamatanCode", "327599");
        body.put("cooperativeNumber", "12ab");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/validation"))
                .body("errors.field", hasItem("kecamatanCode"))
                .body("errors.field", hasItem("cooperativeNumber"));
    }

    @Test
    void unknownFieldsAreRefused() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("version", 7);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void brokenJsonIsAProblemNotAServerError() {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/malformed-request"))
                // Nine characters, then the end: the parser stops at line 1, column 10.
                .body("detail", equalTo("The body is not valid JSON (line 1, column 10)"));
    }

    @Test
    void aMemberNamedTwiceIsRefusedNamingIt() {
        // Jackson would take the last "name" silently, another reader the first: refused, wherever it is.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body("{\"name\":\"Koperasi A\",\"kecamatanCode\":\"327501\",\"name\":\"Koperasi B\"}")
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/validation"))
                .body("errors.field", equalTo(java.util.List.of("name")))
                .body("errors[0].message", equalTo("appears more than once in its object"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("Accept-Language", "id")
                .body("{\"name\":\"Koperasi A\",\"board\":[{\"name\":\"Siti\"},{\"name\":\"Budi\",\"name\":\"Bud\"}]}")
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("board[1].name")))
                .body("errors[0].message", equalTo("muncul lebih dari sekali dalam objeknya"));
    }

    @Test
    void aValueBeyondTheParsersLimitsIsRefusedInWords() {
        // 1,001 digits: more than the JSON parser reads as one number. It fails on the token, before any field is
        // read (Jackson's limit errors carry neither the parser nor the path): the body is named.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body("{\"name\":1" + "0".repeat(1000) + "}")
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/validation"))
                .body("errors.field", equalTo(java.util.List.of("body")))
                .body("errors[0].message", equalTo("is too long or too deeply nested to be read"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("StreamReadConstraints")));
    }

    @Test
    void aJsonBodyOverOneMebibyteIsRefusedWithOrWithoutItsLengthAndNothingIsWritten() throws Exception {
        long before = given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("page.totalItems");
        // A valid cooperative with a board of 15,000 members of 76 bytes each: about 1.14 MB, over 1,048,576 bytes.
        Map<String, Object> body = new java.util.HashMap<>(CooperativeMother.limaGaruda());
        body.put("board", java.util.Collections.nCopies(15_000, Map.of("name", "Siti Rahmawati Binti Abdullah Wahab", "role", "Anggota Pengurus")));
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        assertThat(json.length).isGreaterThan(1_048_576);
        // Announced: refused before it is read.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/payload-too-large"))
                .body("detail", equalTo("A JSON body is at most 1 MiB (1048576 bytes); the request was refused and nothing was changed"));
        // Sent without its length (chunked): the reader stops at the limit.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream(json))
                .when().post("/api/v1/cooperatives")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/payload-too-large"));
        // A text value of more than 65,536 characters is named.
        Map<String, Object> longName = new java.util.HashMap<>(CooperativeMother.limaGaruda());
        longName.put("address", "x".repeat(65_537));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(longName)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("address")))
                .body("errors[0].message", equalTo("is too long or too deeply nested to be read"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives?size=1").then().statusCode(200)
                .body("page.totalItems", equalTo((int) before));
    }

    @Test
    void duplicateNumberIsAConflictNamingTheExistingCooperative() {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        String id = register(body);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingId", equalTo(id))
                // The field that made it, for a form to show the message under.
                .body("errors.field", equalTo(java.util.List.of("cooperativeNumber")))
                .body("errors[0].message", equalTo("Cooperative number " + body.get("cooperativeNumber") + " is registered already to Koperasi Lima Garuda"));
    }

    @Test
    void writesNeedAnOfficer() {
        given().contentType(ContentType.JSON).body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(CooperativeMother.limaGaruda())
                .when().post("/api/v1/cooperatives")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void filingReportsMakesTheCooperativeActive() {
        String id = register(CooperativeMother.limaGaruda());
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(AnnualReportMother.report(2024))
                .when().post("/api/v1/cooperatives/" + id + "/annual-reports")
                .then().statusCode(201).body("revision", equalTo(1));
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=2026-01-15")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("latestDueYear", equalTo(2024));
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=15-01-2026")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void aStandingBeforeTheFoundingDateIsRefusedAndTheDashboardDoesNotCountIt() {
        LocalDate founded = LocalDate.of(1986, 2, 3);
        int before = foundedThatDay(founded);
        String id = register(CooperativeMother.named("Koperasi Pendiri " + UUID.randomUUID(), founded.toString()));
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=" + founded.minusDays(1))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", equalTo("is before the cooperative was founded (1986-02-03): it was not in the register and had no standing"));
        given().when().get("/api/v1/cooperatives/" + id + "/standing?asOf=" + founded)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("grade", equalTo("NEW"));
        assertThat(foundedThatDay(founded)).as("counted from its founding day, not the day before").isEqualTo(before + 1);
    }

    /** How many more cooperatives the dashboard registers on the day than on the day before. */
    private static int foundedThatDay(LocalDate day) {
        int on = given().queryParam("asOf", day.toString()).queryParam("trendFrom", day.getYear())
                .when().get("/api/v1/statistics/activation").then().statusCode(200).extract().path("total.registered");
        int dayBefore = given().queryParam("asOf", day.minusDays(1).toString()).queryParam("trendFrom", day.getYear())
                .when().get("/api/v1/statistics/activation").then().statusCode(200).extract().path("total.registered");
        return on - dayBefore;
    }

    private static String register(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
    }
}
