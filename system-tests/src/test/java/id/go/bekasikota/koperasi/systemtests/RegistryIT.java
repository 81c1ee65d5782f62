package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The register through the gateway: personal data stays with the office, updates need If-Match
 * and reach the projections, imports and the open-data export, the public dashboard.
 */
@ExtendWith(SuiteExtension.class)
class RegistryIT {

    /**
     * The packaged services stand on the run's office day: the real one, or the day {@code -Dkoperasi.test.clock}
     * names (the run starts there at noon office time, so the day holds for hours).
     */
    @Test
    void theServicesStandOnTheOfficeDayOfTheRun() {
        String start = System.getProperty("koperasi.test.clock");
        LocalDate expected = start == null || start.isBlank() ? LocalDate.now(ZoneId.of("Asia/Jakarta"))
                : start.contains("T") ? Instant.parse(start).atZone(ZoneId.of("Asia/Jakarta")).toLocalDate() : LocalDate.parse(start);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/statistics/activation").then().statusCode(200)
                .body("asOf", equalTo(expected.toString()));
    }

    @Test
    void aMergePatchThroughTheGatewayReachesTheProjectionsAndPersonalDataStaysInside(LocalSuite suite) {
        Map<String, Object> body = Map.of(
                "cooperativeNumber", number(),
                "name", "Koperasi Makmur Mandiri " + UUID.randomUUID(),
                "jenis", "SIMPAN_PINJAM", "bentuk", "PRIMER", "kelompok", "COMMUNITY", "savingsLoanScope", "OPEN_LOOP",
                "kecamatanCode", "327504", "foundedOn", "1999-11-02",
                "board", List.of(Map.of("name", "H. Ahmad Fauzi", "position", "Ketua", "personalNik", "3275040211690001")));
        io.restassured.response.Response created = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives");
        String id = created.then().statusCode(201).extract().path("id");
        // The Location names the gateway the caller used, never the registry's own address.
        org.assertj.core.api.Assertions.assertThat(created.header("Location"))
                .isEqualTo(suite.gatewayUrl() + "/api/v1/cooperatives/" + id);
        given().when().get("/api/v1/cooperatives/" + id).then().statusCode(200).body("board", nullValue());
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + id)
                .then().statusCode(200).body("board[0].personalNik", equalTo("3275040211690001"));

        // without If-Match on purpose (Conformance checks only the 428 answer)
        given().filter(Conformance.BROKEN_REQUEST).auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json")
                .body("{\"name\": \"Koperasi Makmur Mandiri Jaya\"}")
                .when().patch("/api/v1/cooperatives/" + id).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"name\": \"Koperasi Makmur Mandiri Jaya\"}")
                .when().patch("/api/v1/cooperatives/" + id).then().statusCode(200).header("ETag", Tags.ofVersion(1));

        UUID cooperative = UUID.fromString(id);
        for (String service : List.of("financing", "awards")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    Projections.cooperativeName(suite, service, cooperative), name -> name.equals(Optional.of("Koperasi Makmur Mandiri Jaya")));
        }
    }

    @Test
    void anImportThroughTheGatewayShowsInTheExportAndTheDashboard() {
        String first = number();
        String second = number();
        String csv = "cooperativeNumber,name,jenis,bentuk,kelompok,kecamatanCode,foundedOn\n"
                + first + ",Koperasi Karyawan Bridgestone,KONSUMEN,PRIMER,COMPANY_EMPLOYEES,327502,1987-04-01\n"
                + second + ",\"Koperasi Kranggan, Jatisampurna\",JASA,PRIMER,COMMUNITY,327510,2001-09-09\n";
        String importId = given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(csv)
                .when().post("/api/v1/cooperative-imports?mode=VALID_ROWS_ONLY")
                .then().statusCode(201).body("created", equalTo(2)).extract().path("id");
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperative-imports/" + importId)
                .then().statusCode(200).body("rows", hasSize(2));
        given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(csv)
                .when().post("/api/v1/cooperative-imports").then().statusCode(201).body("unchanged", equalTo(2));

        String export = given().queryParam("format", "csv").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).extract().asString();
        assertThat(export).contains(first + ",Koperasi Karyawan Bridgestone,").contains(second + ",\"Koperasi Kranggan, Jatisampurna\",");

        given().when().get("/api/v1/statistics/activation")
                .then().statusCode(200).body("target", notNullValue()).body("byKecamatan", hasSize(12));
        given().when().get("/api/v1/cooperatives?name=kranggan").then().statusCode(200).body("items.cooperativeNumber", org.hamcrest.Matchers.hasItem(second));
    }

    @Test
    void misleadingNamesAreRefusedAndFormulaLikeNamesAreExportedAsText() {
        Map<String, Object> turned = CooperativeMother.bonekaBekasi();
        turned.put("name", "Koperasi B\u202Eekrah");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(turned)
                .when().post("/api/v1/cooperatives").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));

        Map<String, Object> formula = CooperativeMother.bonekaBekasi();
        formula.put("name", "=HYPERLINK(\"http://evil.example\",\"Klik " + UUID.randomUUID() + "\")");
        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(formula)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
        String export = given().queryParam("format", "csv").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).extract().asString();
        // RFC 4180 doubles the quotes inside the quoted cell; the cell itself starts with a single quote.
        assertThat(export).contains(id + "," + formula.get("cooperativeNumber") + ",\"'=HYPERLINK(\"\"http://evil.example\"\",");
    }

    private static String number() {
        return CooperativeNumbers.unique();
    }
}
