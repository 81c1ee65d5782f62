package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.registry.support.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.CooperativeMother.CSV_HEADER;
import static id.go.bekasikota.koperasi.registry.support.CooperativeMother.csvRow;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.registryEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Bulk import from CSV (row reports, modes, idempotency, 10,000 rows) and the open-data export. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class CooperativeImportExportTests {

    @Inject
    EntityManager entityManager;

    @Test
    void validRowsOnlyWritesTheValidRowsAndReportsEveryRow() {
        String good = CooperativeMother.uniqueNumber();
        String bad = CooperativeMother.uniqueNumber();
        String csv = String.join("\n", CSV_HEADER,
                csvRow(good, "Koperasi Karyawan Bridgestone"),
                csvRow(bad, "Koperasi Salah").replace("SIMPAN_PINJAM", "BANK").replace("2004-02-17", "17/02/2004"),
                csvRow(good, "Koperasi Kembar"),
                csvRow("", "Koperasi Tanpa Nomor"),
                csvRow(CooperativeMother.uniqueNumber(), "Koperasi Tanpa Kecamatan").replace(",327507,", ",,"));
        String importId = importCsv(csv, "VALID_ROWS_ONLY").then().statusCode(201).header("Location", notNullValue())
                .body("outcome", equalTo("APPLIED")).body("totalRows", equalTo(5))
                .body("created", equalTo(1)).body("rejected", equalTo(4))
                .body("rows[0].row", equalTo(2)).body("rows[0].outcome", equalTo("CREATED")).body("rows[0].cooperativeId", notNullValue())
                .body("rows[1].outcome", equalTo("REJECTED"))
                .body("rows[1].errors.field", hasItem("jenis")).body("rows[1].errors.field", hasItem("foundedOn"))
                .body("rows[2].errors[0].field", equalTo("cooperativeNumber")).body("rows[2].errors[0].message", equalTo("appears already in row 2"))
                .body("rows[3].errors[0].field", equalTo("cooperativeNumber"))
                .body("rows[4].errors[0].field", equalTo("kecamatanCode"))
                .extract().path("id");
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperative-imports/" + importId)
                .then().statusCode(200).body("rows", hasSize(5)).body("importedBy", equalTo("officer@dev"));
        given().queryParam("cooperativeNumber", good).when().get("/api/v1/cooperatives")
                .then().body("items", hasSize(1)).body("items[0].name", equalTo("Koperasi Karyawan Bridgestone"))
                .body("items[0].kelompok", equalTo("COMPANY_EMPLOYEES"));
        given().queryParam("cooperativeNumber", bad).when().get("/api/v1/cooperatives").then().body("items", hasSize(0));
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsRejected() {
        String first = CooperativeMother.uniqueNumber();
        String csv = String.join("\n", CSV_HEADER, csvRow(first, "Koperasi Pertama"),
                csvRow(CooperativeMother.uniqueNumber(), "Koperasi Kedua").replace(",327507,", ",327599,"));
        JsonPath problem = importCsv(csv, null).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("report.outcome", equalTo("REJECTED"))
                .body("report.rows[1].errors[0].field", equalTo("kecamatanCode"))
                .extract().jsonPath();
        given().queryParam("cooperativeNumber", first).when().get("/api/v1/cooperatives").then().body("items", hasSize(0));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperative-imports/" + problem.getString("importId"))
                .then().statusCode(200).body("outcome", equalTo("REJECTED")).body("rejected", equalTo(1));
    }

    @Test
    void reImportingTheSameFileChangesNothingAndAChangedRowIsAnUpdate() {
        List<String> numbers = List.of(CooperativeMother.uniqueNumber(), CooperativeMother.uniqueNumber(), CooperativeMother.uniqueNumber());
        String csv = String.join("\n", CSV_HEADER, csvRow(numbers.get(0), "Koperasi Satu"), csvRow(numbers.get(1), "Koperasi Dua"),
                csvRow(numbers.get(2), "Koperasi Tiga")) + "\n";
        List<String> ids = importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).body("created", equalTo(3))
                .extract().jsonPath().getList("rows.cooperativeId");
        try (EventLog log = registryEvents()) {
            ids.forEach(id -> log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_REGISTERED, id)));
        }
        long events = outboxEvents(ids);

        importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).body("unchanged", equalTo(3)).body("created", equalTo(0))
                .body("rows.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED")));
        assertThat(outboxEvents(ids)).isEqualTo(events);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(0)).then().header("ETag", "\"0\"");

        // A file without the email column keeps the emails; the renamed row is an update naming its field.
        String changed = String.join("\n", "cooperativeNumber,name,jenis,bentuk,kelompok,kecamatanCode,foundedOn",
                numbers.get(0) + ",Koperasi Satu Jaya,SIMPAN_PINJAM,PRIMER,COMPANY_EMPLOYEES,327507,2004-02-17",
                numbers.get(1) + ",Koperasi Dua,SIMPAN_PINJAM,PRIMER,COMPANY_EMPLOYEES,327507,2004-02-17");
        importCsv(changed, "ALL_OR_NOTHING").then().statusCode(201)
                .body("rows[0].outcome", equalTo("UPDATED")).body("rows[0].changedFields", equalTo(List.of("name")))
                .body("rows[1].outcome", equalTo("UNCHANGED"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(0))
                .then().body("name", equalTo("Koperasi Satu Jaya")).body("email", equalTo("kopkar@example.id"))
                .body("savingsLoanScope", equalTo("CLOSED_LOOP")).header("ETag", "\"1\"");
        try (EventLog log = registryEvents()) {
            EventLog.Event updated = log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_UPDATED, ids.get(0)));
            assertThat(JsonPath.from(updated.value()).getList("changedFields")).containsExactly("name");
        }
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWhole() {
        importCsv("cooperativeNumber,name,jenis,bentuk,kelompok,kecamatanCode,foundedOn,fax\n1,a,JASA,PRIMER,KUD,327501,2001-01-01", null)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("header"));
        importCsv("cooperativeNumber,name,jenis\n1,a,JASA", null)
                .then().statusCode(400).body("errors.field", hasItem("header")).body("errors", hasSize(4));
        importCsv(CSV_HEADER + "\n1,\"Koperasi \"Rusak\" Sekali,JASA", null)
                .then().statusCode(400).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/malformed-request"));
        importCsv("", null).then().statusCode(400);
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body("{}")
                .when().post("/api/v1/cooperative-imports").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(CSV_HEADER).queryParam("mode", "SOME")
                .when().post("/api/v1/cooperative-imports").then().statusCode(400).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void importsAreForOfficersAndReportsForTheOffice() {
        given().contentType("text/csv").body(CSV_HEADER).when().post("/api/v1/cooperative-imports").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).contentType("text/csv").body(CSV_HEADER)
                .when().post("/api/v1/cooperative-imports").then().statusCode(403);
        String id = importCsv(CSV_HEADER + "\n", null).then().statusCode(201).body("totalRows", equalTo(0)).extract().path("id");
        given().when().get("/api/v1/cooperative-imports/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.cooperative(UUID.randomUUID())).when().get("/api/v1/cooperative-imports/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperative-imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void tenThousandRowsImportWellUnderThirtySeconds() {
        String csv = CooperativeMother.csv(10_000);
        long start = System.nanoTime();
        JsonPath report = importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).extract().jsonPath();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Imported 10,000 CSV rows in %d ms%n", took.toMillis());
        assertThat(report.getInt("created")).isEqualTo(10_000);
        assertThat(took).isLessThan(Duration.ofSeconds(30));

        long again = System.nanoTime();
        importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).body("unchanged", equalTo(10_000));
        System.out.printf("Re-imported the same 10,000 rows (all UNCHANGED) in %d ms%n", Duration.ofNanos(System.nanoTime() - again).toMillis());
    }

    @Test
    void theExportIsThePublicRegisterWithoutPersonalData() {
        Map<String, Object> body = CooperativeMother.limaGarudaWithBoard();
        String id = register(body);
        String csv = given().queryParam("format", "csv").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).header("Content-Type", startsWith("text/csv")).header("Content-Disposition", notNullValue()).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("id,cooperativeNumber,name,legalEntityNumber,legalEntityDate,jenis,bentuk,kelompok,kbliCode,"
                + "kbliEdition,savingsLoanScope,address,kecamatanCode,kecamatanName,kelurahan,foundedOn,dissolvedOn,status,grade,"
                + "latestReportYear,members,assets,branches");
        assertThat(lines).anyMatch(line -> line.startsWith(id + "," + body.get("cooperativeNumber") + ",Koperasi Lima Garuda,")
                && line.contains(",Bekasi Timur,") && line.endsWith(",INACTIVE,D,,,,2"));
        assertThat(csv).doesNotContain("3275014107800003", "+62 21 8801234", "sekretariat@limagaruda.coop", "Siti Rahmawati");

        JsonPath json = given().queryParam("format", "json").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).header("Content-Type", startsWith("application/json")).extract().jsonPath();
        Map<String, Object> exported = json.getMap("find { it.id == '" + id + "' }");
        assertThat(exported).containsEntry("kecamatanName", "Bekasi Timur").containsEntry("branches", 2)
                .containsEntry("status", "INACTIVE").doesNotContainKeys("phone", "email", "board", "dissolvedOn");
        given().queryParam("format", "xml").when().get("/api/v1/cooperative-exports")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    private long outboxEvents(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id in (:ids)").setParameter("ids", ids).getSingleResult()).longValue());
    }

    private static io.restassured.response.Response importCsv(String csv, String mode) {
        var request = given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(csv);
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        return request.when().post("/api/v1/cooperative-imports");
    }
}
