package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.registryEvents;
import static id.go.bekasikota.koperasi.testsupport.CooperativeImportMother.HEADER;
import static id.go.bekasikota.koperasi.testsupport.CooperativeImportMother.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Bulk import from CSV (row reports, modes, idempotency, bounded reports, 10,000 rows) and the open-data export. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class CooperativeImportExportTests {

    @Inject
    AdjustableClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void validRowsOnlyWritesTheValidRowsAndReportsEveryRow() {
        String good = CooperativeNumbers.unique();
        String bad = CooperativeNumbers.unique();
        String csv = String.join("\n", HEADER,
                row(good, "Koperasi Karyawan Bridgestone"),
                row(bad, "Koperasi Salah").replace("SIMPAN_PINJAM", "BANK").replace("2004-02-17", "30/02/2004"),
                row(good, "Koperasi Kembar"),
                row("", "Koperasi Tanpa Nomor"),
                row(CooperativeNumbers.unique(), "Koperasi Tanpa Kecamatan").replace(",327507,", ",,"));
        String importId = importCsv(csv, "VALID_ROWS_ONLY").then().statusCode(201).header("Location", notNullValue())
                .body("outcome", equalTo("APPLIED")).body("totalRows", equalTo(5))
                .body("created", equalTo(1)).body("rejected", equalTo(4))
                .body("rows[0].row", equalTo(2)).body("rows[0].outcome", equalTo("CREATED")).body("rows[0].cooperativeId", notNullValue())
                .body("rows[1].outcome", equalTo("REJECTED"))
                .body("rows[1].errors.field", hasItem("jenis")).body("rows[1].errors.field", hasItem("foundedOn"))
                .body("rows[2].errors[0].field", equalTo("cooperativeNumber")).body("rows[2].errors[0].message", equalTo("appears already in row 2"))
                .body("rows[3].errors[0].field", equalTo("cooperativeNumber"))
                .body("rows[4].errors[0].field", equalTo("kecamatanCode"))
                .body("errorsByField", equalTo(Map.of("cooperativeNumber", 2, "foundedOn", 1, "jenis", 1, "kecamatanCode", 1)))
                .body("rejectedRowsOmitted", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperative-imports/" + importId)
                .then().statusCode(200).body("rows", hasSize(5)).body("importedBy", equalTo("officer@dev"));
        // The cooperative's history names the import it came from, and the importer; a second import's change of its name too.
        String created = given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperative-imports/" + importId).then()
                .extract().path("rows[0].cooperativeId");
        String renamed = importCsv(String.join("\n", HEADER, row(good, "Koperasi Karyawan Bridgestone Bekasi")), "ALL_OR_NOTHING")
                .then().statusCode(201).body("updated", equalTo(1)).extract().path("id");
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/cooperatives/" + created + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("REGISTERED", "UPDATED")))
                .body("items.importId", equalTo(List.of(importId, renamed)))
                .body("items.actor", equalTo(List.of("officer@dev", "officer@dev")))
                .body("items[1].changedFields", equalTo(List.of("name")))
                .body("items.cooperativeVersion", equalTo(List.of(0, 1)));
        given().queryParam("cooperativeNumber", good).when().get("/api/v1/cooperatives")
                .then().body("items", hasSize(1)).body("items[0].name", equalTo("Koperasi Karyawan Bridgestone Bekasi"))
                .body("items[0].kelompok", equalTo("COMPANY_EMPLOYEES"));
        given().queryParam("cooperativeNumber", bad).when().get("/api/v1/cooperatives").then().body("items", hasSize(0));
    }

    @Test
    void aRowWithMoreOrFewerCellsThanColumnsOrAFoundingAfterItsReportsIsRejectedAndChangesNothing() {
        List<String> numbers = List.of(CooperativeNumbers.unique(), CooperativeNumbers.unique(), CooperativeNumbers.unique());
        List<String> ids = importCsv(CooperativeImportMother.file(numbers.stream().map(n -> row(n, "Koperasi " + n)).toList()),
                "ALL_OR_NOTHING").then().statusCode(201).extract().path("rows.cooperativeId");
        file(ids.get(2), AnnualReportMother.report(2010));

        String quoted = "\"Jl. Raya Narogong Km. 7, Bantargebang\"";
        String csv = CooperativeImportMother.file(List.of(
                // The address's comma unquoted: 13 cells for 12 columns, the address would lose ", Bantargebang".
                row(numbers.get(0), "Koperasi Satu").replace(quoted, "Jl. Raya Narogong Km. 7, Bantargebang"),
                // The e-mail cell left off: 11 cells, the e-mail would be cleared.
                row(numbers.get(1), "Koperasi Dua").replace(",kopkar@example.id", ""),
                // Founded in 2012, after its report for 2010.
                row(numbers.get(2), "Koperasi Tiga").replace("2004-02-17", "2012-01-01")));
        importCsv(csv, "VALID_ROWS_ONLY").then().statusCode(201).body("rejected", equalTo(3)).body("updated", equalTo(0))
                .body("rows.outcome", equalTo(List.of("REJECTED", "REJECTED", "REJECTED")))
                .body("rows[0].errors[0].field", equalTo("row"))
                .body("rows[0].errors[0].message", startsWith("has 13 cells, the header names 12"))
                .body("rows[1].errors[0].field", equalTo("row"))
                .body("rows[1].errors[0].message", startsWith("has 11 cells, the header names 12"))
                .body("rows[2].errors[0].field", equalTo("foundedOn"))
                .body("rows[2].errors[0].message", equalTo("cannot be in a year after the cooperative's first RAT report (financial year 2010)"));

        for (String id : ids) {
            given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id).then().statusCode(200)
                    .body("name", startsWith("Koperasi 3")).body("address", equalTo("Jl. Raya Narogong Km. 7, Bantargebang"))
                    .body("email", equalTo("kopkar@example.id")).body("foundedOn", equalTo("2004-02-17"));
        }
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsRejectedAndListsTheRejectedRows() {
        String first = CooperativeNumbers.unique();
        String csv = String.join("\n", HEADER, row(first, "Koperasi Pertama"),
                row(CooperativeNumbers.unique(), "Koperasi Kedua").replace(",327507,", ",327599,"));
        JsonPath problem = importCsv(csv, null).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("report.outcome", equalTo("REJECTED")).body("report.totalRows", equalTo(2))
                .body("report.rows", hasSize(1)).body("report.rows[0].row", equalTo(3))
                .body("report.rows[0].errors[0].field", equalTo("kecamatanCode"))
                .extract().jsonPath();
        // As every rule violation: the reasons, one per rejected row.
        assertThat(problem.getList("reasons", String.class)).singleElement().asString().startsWith("Row 3: kecamatanCode ");
        given().queryParam("cooperativeNumber", first).when().get("/api/v1/cooperatives").then().body("items", hasSize(0));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperative-imports/" + problem.getString("importId"))
                .then().statusCode(200).body("outcome", equalTo("REJECTED")).body("rejected", equalTo(1)).body("rows", hasSize(1));
    }

    @Test
    void aRejectedImportOfTwentyThousandRowsKeepsABoundedReportWithExactCounts() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String bad = row(CooperativeNumbers.unique(), "Koperasi Salah " + i).replace(",327507,", ",327599,");
            rows.add(i % 3 == 0 ? bad.replace("2004-02-17", "31/02/2004") : bad);
        }
        // Every row has a bad kecamatan; rows 0, 3, 6, ... 19,998 (6,667 of them) also a bad founding date.
        JsonPath problem = importCsv(CooperativeImportMother.file(rows), "ALL_OR_NOTHING").then().statusCode(422)
                .extract().jsonPath();
        assertThat(problem.getInt("report.rejected")).isEqualTo(20_000);
        assertThat(problem.getInt("report.totalRows")).isEqualTo(20_000);
        assertThat(problem.getMap("report.errorsByField")).isEqualTo(Map.of("kecamatanCode", 20_000, "foundedOn", 6_667));
        assertThat(problem.getList("report.rows")).hasSize(1_000);
        assertThat(problem.getInt("report.rejectedRowsOmitted")).isEqualTo(19_000);
        assertThat(problem.getInt("report.rows[999].row")).as("the first 1,000 rejected rows: spreadsheet rows 2-1001").isEqualTo(1_001);
        // 999 rows' reasons and a last line for the 19,001 others: a problem lists 1,000 reasons at most.
        List<String> reasons = problem.getList("reasons", String.class);
        assertThat(reasons).hasSize(1_000);
        assertThat(reasons.get(0)).startsWith("Row 2: ").contains("kecamatanCode ").contains("; ").contains("foundedOn ");
        assertThat(reasons.get(998)).startsWith("Row 1000: kecamatanCode ");
        assertThat(reasons.get(999)).isEqualTo("And 19001 more rejected rows (errorsByField counts them all).");

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                        select jsonb_array_length(rows), octet_length(rows::text), rejected, rejected_rows_omitted,
                               (errors_by_field ->> 'foundedOn')::int
                        from cooperative_import where id = cast(:id as uuid)""")
                .setParameter("id", problem.getString("importId")).getSingleResult());
        System.out.printf("A rejected import of 20,000 rows stores a report of %d bytes (%d rows listed)%n",
                ((Number) stored[1]).longValue(), ((Number) stored[0]).intValue());
        assertThat(((Number) stored[0]).intValue()).isEqualTo(1_000);
        // A listed row is about 300 bytes: the stored report stays near 300 KB however many rows are rejected (5.5 MB before).
        assertThat(((Number) stored[1]).longValue()).isLessThan(400_000L);
        assertThat(((Number) stored[2]).intValue()).isEqualTo(20_000);
        assertThat(((Number) stored[3]).intValue()).isEqualTo(19_000);
        assertThat(((Number) stored[4]).intValue()).isEqualTo(6_667);
    }

    @Test
    void reImportingTheSameFileChangesNothingAndAChangedRowIsAnUpdate() {
        List<String> numbers = List.of(CooperativeNumbers.unique(), CooperativeNumbers.unique(), CooperativeNumbers.unique());
        String csv = CooperativeImportMother.file(List.of(row(numbers.get(0), "Koperasi Satu"), row(numbers.get(1), "Koperasi Dua"),
                row(numbers.get(2), "Koperasi Tiga")));
        List<String> ids = importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).body("created", equalTo(3))
                .extract().jsonPath().getList("rows.cooperativeId");
        try (EventLog log = registryEvents()) {
            ids.forEach(id -> log.await(EventLog.Event.ofType(EventTypes.COOPERATIVE_REGISTERED, id)));
        }
        long events = outboxEvents(ids);
        // One registered event per row, in the file's order, each carrying its row (the import appends them in one batch).
        assertThat(registeredInOutboxOrder(ids)).containsExactly(ids.get(0) + " Koperasi Satu", ids.get(1) + " Koperasi Dua",
                ids.get(2) + " Koperasi Tiga");

        importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).body("unchanged", equalTo(3)).body("created", equalTo(0))
                .body("rows.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED")));
        assertThat(outboxEvents(ids)).isEqualTo(events);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(0)).then().header("ETag", Tags.ofVersion(0));

        // A file without the email column keeps the emails; the renamed row is an update naming its field.
        String changed = String.join("\n", "cooperativeNumber,name,jenis,bentuk,kelompok,kecamatanCode,foundedOn",
                numbers.get(0) + ",Koperasi Satu Jaya,SIMPAN_PINJAM,PRIMER,COMPANY_EMPLOYEES,327507,2004-02-17",
                numbers.get(1) + ",Koperasi Dua,SIMPAN_PINJAM,PRIMER,COMPANY_EMPLOYEES,327507,2004-02-17");
        importCsv(changed, "ALL_OR_NOTHING").then().statusCode(201)
                .body("rows[0].outcome", equalTo("UPDATED")).body("rows[0].changedFields", equalTo(List.of("name")))
                .body("rows[1].outcome", equalTo("UNCHANGED"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(0))
                .then().body("name", equalTo("Koperasi Satu Jaya")).body("email", equalTo("kopkar@example.id"))
                .body("savingsLoanScope", equalTo("CLOSED_LOOP")).header("ETag", Tags.ofVersion(1));
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
        importCsv(HEADER + "\n1,\"Koperasi \"Rusak\" Sekali,JASA", null)
                .then().statusCode(400).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/malformed-request"));
        importCsv("", null).then().statusCode(400);
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body("{}")
                .when().post("/api/v1/cooperative-imports").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(HEADER).queryParam("mode", "SOME")
                .when().post("/api/v1/cooperative-imports").then().statusCode(400).body("errors[0].field", equalTo("mode"));
    }

    @Test
    void importsAreForOfficersAndReportsForTheOffice() {
        given().contentType("text/csv").body(HEADER).when().post("/api/v1/cooperative-imports").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).contentType("text/csv").body(HEADER)
                .when().post("/api/v1/cooperative-imports").then().statusCode(403);
        String id = importCsv(HEADER + "\n", null).then().statusCode(201).body("totalRows", equalTo(0)).extract().path("id");
        given().when().get("/api/v1/cooperative-imports/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.cooperative(UUID.randomUUID())).when().get("/api/v1/cooperative-imports/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperative-imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** The time is printed for the record (the benchmark in bench/ measures it); what is asserted is the outcome. */
    @Test
    void tenThousandRowsImportAndImportAgainUnchanged() {
        String csv = CooperativeImportMother.validRows(10_000);
        long start = System.nanoTime();
        JsonPath report = importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).extract().jsonPath();
        System.out.printf("Imported 10,000 CSV rows in %d ms%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertThat(report.getInt("created")).isEqualTo(10_000);
        assertThat(report.getList("rows.cooperativeId")).doesNotContainNull().doesNotHaveDuplicates().hasSize(10_000);

        long again = System.nanoTime();
        importCsv(csv, "ALL_OR_NOTHING").then().statusCode(201).body("unchanged", equalTo(10_000));
        System.out.printf("Re-imported the same 10,000 rows (all UNCHANGED) in %d ms%n", Duration.ofNanos(System.nanoTime() - again).toMillis());
    }

    @Test
    void theExportIsThePublicRegisterWithoutPersonalData() {
        Map<String, Object> body = CooperativeMother.limaGarudaWithBoard();
        String id = register(body);
        String csv = given().queryParam("format", "csv").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"koperasi-kota-bekasi-" + LocalDate.now(clock) + ".csv\"").extract().asString();
        // A byte-order mark first: Excel on Windows reads a CSV without one as Windows-1252.
        assertThat(csv).startsWith("\uFEFF");
        String[] lines = csv.substring(1).split("\r\n");
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

    @Test
    void withoutAFormatTheCallersAcceptChoosesIt() {
        String id = register(CooperativeMother.limaGaruda());
        // A generated client that reads JSON says so in Accept, and gets JSON.
        given().accept("application/json").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).header("Content-Type", startsWith("application/json")).header("Vary", org.hamcrest.Matchers.containsString("Accept"))
                .body("find { it.id == '" + id + "' }.name", equalTo("Koperasi Lima Garuda"));
        // Preference by q: CSV preferred to JSON.
        given().header("Accept", "application/json;q=0.5, text/csv").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).header("Content-Type", startsWith("text/csv"));
        // Anything (a browser's download, curl): the default, CSV.
        given().header("Accept", "*/*").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).header("Content-Type", startsWith("text/csv"));
        // The parameter wins.
        given().header("Accept", "*/*").queryParam("format", "json").when().get("/api/v1/cooperative-exports")
                .then().statusCode(200).header("Content-Type", startsWith("application/json"));
        // Neither: 406, a problem.
        given().header("Accept", "application/xml").when().get("/api/v1/cooperative-exports")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/not-acceptable"));
        // The economic indicators default to JSON; a spreadsheet's Accept gets the CSV.
        given().header("Accept", "text/csv").when().get("/api/v1/statistics/economy")
                .then().statusCode(200).header("Content-Type", startsWith("text/csv")).header("Vary", org.hamcrest.Matchers.containsString("Accept"));
        given().when().get("/api/v1/statistics/economy").then().statusCode(200).header("Content-Type", startsWith("application/json"));
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreExportedAsText() throws IOException {
        Map<String, Object> hyperlink = CooperativeMother.bonekaBekasi();
        hyperlink.put("name", "=HYPERLINK(\"http://evil.example\",\"Klik\")");
        hyperlink.put("address", "-1");
        String hyperlinkId = register(hyperlink);
        file(hyperlinkId, AnnualReportMother.report(2023));
        Map<String, Object> sum = CooperativeMother.bonekaBekasi();
        sum.put("name", "@SUM(A1:A9)");
        sum.put("address", "+1");
        String sumId = register(sum);
        // Names without a letter or led by a tab are refused today; rows written before that (or around
        // the service) still reach the export.
        Map<String, String> legacy = new HashMap<>();
        legacy.put(register(CooperativeMother.bonekaBekasi()), "+1");
        legacy.put(register(CooperativeMother.bonekaBekasi()), "-1");
        legacy.put(register(CooperativeMother.bonekaBekasi()), "\tKoperasi Tab");
        legacy.put(register(CooperativeMother.bonekaBekasi()), "\rKoperasi CR");
        QuarkusTransaction.requiringNew().run(() -> legacy.forEach((id, name) -> entityManager
                .createNativeQuery("update cooperative set name = :name where id = cast(:id as uuid)")
                .setParameter("name", name).setParameter("id", id).executeUpdate()));

        Map<String, CSVRecord> exported = exportedCsv();
        assertThat(exported.get(hyperlinkId).get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Klik\")");
        assertThat(exported.get(hyperlinkId).get("address")).isEqualTo("'-1");
        assertThat(exported.get(sumId).get("name")).isEqualTo("'@SUM(A1:A9)");
        assertThat(exported.get(sumId).get("address")).isEqualTo("'+1");
        legacy.forEach((id, name) -> assertThat(exported.get(id).get("name")).isEqualTo("'" + name));
        // Numbers are written from number columns as numbers, never quoted; a safe text cell is as stored.
        assertThat(exported.get(hyperlinkId).get("members")).isEqualTo("1716");
        assertThat(exported.get(hyperlinkId).get("assets")).isEqualTo("500000000000");
        assertThat(exported.get(hyperlinkId).get("latestReportYear")).isEqualTo("2023");
        assertThat(exported.get(hyperlinkId).get("foundedOn")).isEqualTo("2011-03-01");

        // The JSON export is data, not a spreadsheet: values as stored.
        JsonPath json = given().queryParam("format", "json").when().get("/api/v1/cooperative-exports").then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getString("find { it.id == '" + hyperlinkId + "' }.name")).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Klik\")");
    }

    private static Map<String, CSVRecord> exportedCsv() throws IOException {
        String csv = given().queryParam("format", "csv").when().get("/api/v1/cooperative-exports").then().statusCode(200)
                .extract().asString();
        Map<String, CSVRecord> byId = new HashMap<>();
        assertThat(csv).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            parser.forEach(record -> byId.put(record.get("id"), record));
        }
        return byId;
    }

    private long outboxEvents(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id in (:ids)").setParameter("ids", ids).getSingleResult()).longValue());
    }

    /** "id name" of each registered event of {@code ids} in the outbox, in the outbox's order. */
    @SuppressWarnings("unchecked")
    private List<String> registeredInOutboxOrder(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager.createNativeQuery(
                        "select aggregate_id || ' ' || (payload #>> '{cooperative,name}') from outbox_event "
                                + "where aggregate_id in (:ids) and event_type = :type order by sequence")
                .setParameter("ids", ids).setParameter("type", EventTypes.COOPERATIVE_REGISTERED).getResultList());
    }

    private static io.restassured.response.Response importCsv(String csv, String mode) {
        var request = given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(csv);
        if (mode != null) {
            request.queryParam("mode", mode);
        }
        return request.when().post("/api/v1/cooperative-imports");
    }
}
