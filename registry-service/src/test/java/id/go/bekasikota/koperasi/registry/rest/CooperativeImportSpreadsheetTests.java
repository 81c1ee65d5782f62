package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeImportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.dissolve;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static id.go.bekasikota.koperasi.testsupport.CooperativeImportMother.HEADER;
import static id.go.bekasikota.koperasi.testsupport.CooperativeImportMother.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The import reads files as spreadsheets write them: UTF-8 or refused saying how to save it,
 * separated by semicolons in Indonesian Excel, with empty rows, and the register's own export.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class CooperativeImportSpreadsheetTests {

    private static final String MALFORMED = "https://koperasi.bekasikota.go.id/problems/malformed-request";

    @Inject
    AdjustableClock clock;

    /** Excel's "CSV (Comma delimited)" writes Windows-1252: the apostrophe of Mu'min is the byte 0x92, not UTF-8. */
    @Test
    void aFileSavedAsWindows1252IsRefusedNamingTheLineAndHowToSaveIt() {
        String number = CooperativeNumbers.unique();
        String[] around = CooperativeImportMother.file(List.of(row(number, "Koperasi Mu#min"))).split("#");
        ByteArrayOutputStream windows1252 = new ByteArrayOutputStream();
        windows1252.writeBytes(around[0].getBytes(StandardCharsets.US_ASCII));
        windows1252.write(0x92);
        windows1252.writeBytes(around[1].getBytes(StandardCharsets.US_ASCII));
        byte[] file = windows1252.toByteArray();
        // The header (120 bytes) and its line feed, the number (13), a comma and "\"Koperasi Mu" (12): offset 147, line 2.
        given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(file).when().post("/api/v1/cooperative-imports")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(MALFORMED))
                .body("detail", equalTo("The file is not UTF-8: line 2 holds the byte 0x92 (byte offset 147), which UTF-8 does not"
                        + " allow. Excel's \"CSV (Comma delimited)\" writes another encoding: save the file as"
                        + " \"CSV UTF-8 (Comma delimited)\" and send it again"));
        given().auth().oauth2(Tokens.officer()).header("Accept-Language", "id").contentType("text/csv").body(file)
                .when().post("/api/v1/cooperative-imports")
                .then().statusCode(400).body("type", equalTo(MALFORMED))
                .body("detail", equalTo("Berkas bukan UTF-8: baris 2 memuat byte 0x92 (posisi byte 147) yang tidak sah dalam UTF-8."
                        + " Format \"CSV (Comma delimited)\" pada Excel memakai penyandian lain: simpan berkas sebagai"
                        + " \"CSV UTF-8 (Comma delimited)\" lalu kirimkan kembali"));
        given().queryParam("cooperativeNumber", number).when().get("/api/v1/cooperatives").then().statusCode(200).body("items", hasSize(0));
    }

    /** Excel in the id-ID locale separates by semicolons; a tab-separated file is read too. */
    @Test
    void filesSeparatedBySemicolonsOrTabsImport() {
        String bridgestone = CooperativeNumbers.unique();
        String boneka = CooperativeNumbers.unique();
        String semicolons = String.join("\r\n",
                "cooperativeNumber;name;jenis;bentuk;kelompok;kbliCode;kbliEdition;savingsLoanScope;address;kecamatanCode;foundedOn",
                bridgestone + ";Koperasi Karyawan Bridgestone;SIMPAN_PINJAM;PRIMER;COMPANY_EMPLOYEES;64141;2020;CLOSED_LOOP;"
                        + "Jl. Raya Narogong Km. 7, Bantargebang;327507;2004-02-17",
                boneka + ";\"Koperasi Boneka; Bekasi\";PRODUSEN;PRIMER;COMMUNITY;32401;2020;;;327507;2011-03-01") + "\r\n";
        List<String> ids = importCsv(semicolons, "ALL_OR_NOTHING").then().statusCode(201)
                .body("created", equalTo(2)).body("rows.row", equalTo(List.of(2, 3))).extract().path("rows.cooperativeId");
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(0)).then().statusCode(200)
                .body("address", equalTo("Jl. Raya Narogong Km. 7, Bantargebang")).body("savingsLoanScope", equalTo("CLOSED_LOOP"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(1)).then().statusCode(200)
                .body("name", equalTo("Koperasi Boneka; Bekasi")).body("savingsLoanScope", nullValue());

        String tabbed = CooperativeNumbers.unique();
        String tabs = "cooperativeNumber\tname\tjenis\tbentuk\tkelompok\tkecamatanCode\tfoundedOn\n"
                + tabbed + "\tKoperasi Jasa, Tab\tJASA\tPRIMER\tKUD\t327501\t1998-07-12\n";
        importCsv(tabs, "ALL_OR_NOTHING").then().statusCode(201).body("created", equalTo(1));
        given().queryParam("cooperativeNumber", tabbed).when().get("/api/v1/cooperatives").then()
                .body("items", hasSize(1)).body("items[0].name", equalTo("Koperasi Jasa, Tab"));
    }

    /**
     * An empty line and the delimiter-only rows Excel writes below the data (formatted, empty) are no
     * rows: a good file with them imports whole. Rows keep the number a spreadsheet shows: empty rows
     * count, a cell of two lines is one row.
     */
    @Test
    void emptyRowsAreNoRowsAndRowsAreNumberedAsTheSpreadsheetShowsThem() {
        String empty = ",".repeat(11);
        String twoLines = "Jl. Raya Narogong Km. 7\nBantargebang";
        String good = String.join("\n", HEADER,
                row(CooperativeNumbers.unique(), "Koperasi Satu"),                                                  // row 2
                "",                                                                                                 // row 3
                row(CooperativeNumbers.unique(), "Koperasi Dua").replace("Jl. Raya Narogong Km. 7, Bantargebang", twoLines), // row 4
                empty, empty, empty) + "\n";
        List<String> ids = importCsv(good, "ALL_OR_NOTHING").then().statusCode(201)
                .body("totalRows", equalTo(2)).body("created", equalTo(2)).body("rejected", equalTo(0))
                .body("rows.row", equalTo(List.of(2, 4))).extract().path("rows.cooperativeId");
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + ids.get(1)).then().body("address", equalTo(twoLines));

        String wrongKecamatan = String.join("\n", HEADER,
                row(CooperativeNumbers.unique(), "Koperasi Tiga"),                                                  // row 2
                empty,                                                                                              // row 3
                row(CooperativeNumbers.unique(), "Koperasi Empat").replace("Jl. Raya Narogong Km. 7, Bantargebang", twoLines), // row 4
                row(CooperativeNumbers.unique(), "Koperasi Lima").replace(",327507,", ",327599,"),                  // row 5
                empty) + "\n";
        importCsv(wrongKecamatan, "ALL_OR_NOTHING").then().statusCode(422)
                .body("report.totalRows", equalTo(3)).body("report.rejected", equalTo(1))
                .body("report.rows.row", equalTo(List.of(5))).body("report.rows[0].errors[0].field", equalTo("kecamatanCode"));
    }

    @Test
    void aHeaderWithEmptyColumnsIsRefusedNamingThem() {
        String csv = HEADER + ",,\n" + row(CooperativeNumbers.unique(), "Koperasi Satu") + ",,\n";
        importCsv(csv, "ALL_OR_NOTHING").then().statusCode(400)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/validation"))
                .body("errors.field", equalTo(List.of("header", "header")))
                .body("errors.message", equalTo(List.of("column 13 (M) has no name: name it, or delete the column if it holds nothing",
                        "column 14 (N) has no name: name it, or delete the column if it holds nothing")));
        given().auth().oauth2(Tokens.officer()).header("Accept-Language", "id").contentType("text/csv").body(csv)
                .when().post("/api/v1/cooperative-imports").then().statusCode(400)
                .body("errors[0].message", equalTo("kolom 13 (M) tidak bernama: beri kolom tersebut nama, atau hapus kolom itu jika tidak berisi apa pun"));
    }

    /**
     * The export (a cell a spreadsheet would run guarded by a {@code '}, the read-only columns)
     * imported as it is: every row matched and UNCHANGED, nothing written. A name that starts
     * with a {@code '} of its own keeps it.
     */
    @Test
    void anExportedFileImportsAsItIsAndChangesNothing() throws IOException {
        Map<String, Object> limaGaruda = CooperativeMother.limaGarudaWithBoard();
        limaGaruda.put("address", "-");
        String lima = register(limaGaruda);
        file(lima, AnnualReportMother.report(2023));
        Map<String, Object> aisyiyah = CooperativeMother.bonekaBekasi();
        aisyiyah.put("name", "'Aisyiyah Kota Bekasi");
        aisyiyah.put("address", "@Ruko Kalimalang Blok B No. 5");
        String aisyiyahId = register(aisyiyah);
        String kranggan = register(CooperativeMother.named("Koperasi Kranggan, Jatisampurna", "2001-05-20"));
        dissolve(kranggan, LocalDate.now(clock).minusDays(30).toString());
        List<String> ours = List.of(lima, aisyiyahId, kranggan);
        Map<String, String> before = new HashMap<>();
        ours.forEach(id -> before.put(id, etag(id)));

        String[] exported = given().queryParam("format", "csv").when().get("/api/v1/cooperative-exports").then().statusCode(200)
                .extract().asString().split("\r\n");
        List<String> lines = new ArrayList<>(List.of(exported[0]));
        Arrays.stream(exported).filter(line -> ours.stream().anyMatch(id -> line.startsWith(id + ","))).forEach(lines::add);
        assertThat(lines).hasSize(4);
        // As the export wrote them: the cells a spreadsheet would run are guarded; the name's own quote is text.
        assertThat(lines).anyMatch(line -> line.startsWith(lima + ",") && line.contains(",'-,"));
        assertThat(lines).anyMatch(line -> line.startsWith(aisyiyahId + ",")
                && line.contains(",'Aisyiyah Kota Bekasi,") && line.contains(",'@Ruko Kalimalang Blok B No. 5,"));

        importCsv(String.join("\r\n", lines) + "\r\n", "ALL_OR_NOTHING").then().statusCode(201)
                .body("outcome", equalTo("APPLIED")).body("totalRows", equalTo(3)).body("unchanged", equalTo(3))
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("rejected", equalTo(0))
                .body("rows.outcome", everyItem(equalTo("UNCHANGED")))
                .body("rows.cooperativeId", containsInAnyOrder(lima, aisyiyahId, kranggan));
        ours.forEach(id -> assertThat(etag(id)).as(id).isEqualTo(before.get(id)));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + lima).then().body("address", equalTo("-"))
                .body("board", hasSize(2)).body("email", equalTo("sekretariat@limagaruda.coop"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + aisyiyahId).then()
                .body("name", equalTo("'Aisyiyah Kota Bekasi")).body("address", equalTo("@Ruko Kalimalang Blok B No. 5"));

        // Whatever the read-only columns say (another id, no dissolution, another status), they are not written:
        // the row is matched by its number and changes nothing.
        JsonPath dissolved = given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + kranggan).then()
                .statusCode(200).extract().jsonPath();
        String krangganLine = lines.stream().filter(line -> line.startsWith(kranggan + ",")).findFirst().orElseThrow();
        Map<String, String> edited = Map.of("id", UUID.randomUUID().toString(), "dissolvedOn", "", "status", "ACTIVE",
                "grade", "A", "members", "999999");
        importCsv(lines.get(0) + "\r\n" + edit(lines.get(0), krangganLine, edited), "ALL_OR_NOTHING").then().statusCode(201)
                .body("unchanged", equalTo(1)).body("rows[0].cooperativeId", equalTo(kranggan));
        assertThat(etag(kranggan)).isEqualTo(before.get(kranggan));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + kranggan).then()
                .body("dissolvedOn", equalTo(dissolved.getString("dissolvedOn")))
                .body("status", equalTo(dissolved.getString("status")));
    }

    /** The number is the import's key: an exported cooperative without one cannot be matched, and its row says why. */
    @Test
    void anExportedCooperativeWithoutANumberIsRejectedSayingTheNumberIsTheKey() {
        Map<String, Object> body = CooperativeMother.bonekaBekasi();
        body.remove("cooperativeNumber");
        String id = register(body);
        String[] exported = given().queryParam("format", "csv").when().get("/api/v1/cooperative-exports").then().statusCode(200)
                .extract().asString().split("\r\n");
        String line = Arrays.stream(exported).filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        assertThat(line).startsWith(id + ",,");

        importCsv(exported[0] + "\r\n" + line + "\r\n", "VALID_ROWS_ONLY").then().statusCode(201)
                .body("rejected", equalTo(1)).body("rows[0].row", equalTo(2)).body("rows[0].cooperativeNumber", nullValue())
                .body("rows[0].errors[0].field", equalTo("cooperativeNumber"))
                .body("rows[0].errors[0].message", equalTo("is required: the cooperative number is the import's key, by which each"
                        + " row is matched to the register; a row without one can be neither matched nor created (a cooperative"
                        + " without a number is registered and changed through the API)"));
    }

    /** The line with the cells named in {@code values} replaced, written again as RFC 4180. */
    private static String edit(String header, String line, Map<String, String> values) throws IOException {
        List<String> columns = List.of(header.replace("\uFEFF", "").split(","));
        List<String> cells;
        try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.RFC4180)) {
            CSVRecord record = parser.getRecords().get(0);
            cells = new ArrayList<>(record.toList());
        }
        values.forEach((column, value) -> cells.set(columns.indexOf(column), value));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(cells);
        }
        return out.toString();
    }

    private static String etag(String id) {
        return given().auth().oauth2(Tokens.officer()).when().get("/api/v1/cooperatives/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    private static Response importCsv(String csv, String mode) {
        return given().auth().oauth2(Tokens.officer()).contentType("text/csv; charset=UTF-8").queryParam("mode", mode)
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/cooperative-imports");
    }
}
