package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DemoData;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.Multisets;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 19: the register reconciled with an ODS export through the gateway. The register is a
 * slice of the demo register; the ODS file is written by the test from what it registered, with
 * the standing worked out here by the rules of DESIGN 3.1, and with deliberate differences of
 * every kind. Every difference is reported exactly once, and nothing else.
 */
@ExtendWith(SuiteExtension.class)
class OdsReconciliationIT {

    private static final String[] KECAMATAN_NAMES = {"Bekasi Timur", "Bekasi Barat", "Bekasi Utara", "Bekasi Selatan",
            "Rawalumbu", "Medansatria", "Bantargebang", "Pondokgede", "Jatiasih", "Jatisampurna", "Mustikajaya", "Pondokmelati"};
    private static final int DEMO = 150;

    /** One cooperative as the test registered it, and what the ODS should say of it by the rules. */
    record Registered(String id, String number, String name, String legalEntityNumber, String kecamatanCode,
                      String status, String grade, Integer lastRatYear) {
    }

    record Expected(String kind, Integer line, String cooperativeId, String field, String registerValue, String odsValue) {
    }

    @Test
    void theDemoRegisterWithEveryKindOfDifferenceIsReconciledExactly(LocalSuite suite) throws Exception {
        LocalDate today = OfficeClockStart.today();
        String registry = suite.service("registry").url();
        Http direct = new Http(registry);
        List<Registered> register = new ArrayList<>();
        for (Map<String, Object> cooperative : DemoData.cooperatives(today).subList(0, DEMO)) {
            register.add(register(direct, cooperative, today));
        }
        Map<String, Long> legalEntityCounts = registeredLegalEntityNumbers(suite);

        // The planted differences, each on a cooperative of its own.
        Registered status = register.get(10);
        Registered grade = register.get(11);
        Registered year = register.get(12);
        Registered legalEntity = register.stream().skip(13).filter(r -> r.legalEntityNumber() != null).findFirst().orElseThrow();
        Registered kecamatan = register.get(30);
        Registered byLegalEntity = register.stream().skip(31).limit(19)
                .filter(r -> legalEntityCounts.get(key(r.legalEntityNumber())) == 1).findFirst().orElseThrow();
        Registered renamed = register.get(50);
        Set<Registered> leftOut = Set.of(register.get(60), register.get(61), register.get(62));
        Set<Registered> planted = Set.of(status, grade, year, legalEntity, kecamatan, byLegalEntity, renamed);

        OdsFile ods = new OdsFile("Nomor Induk Koperasi;Nama Koperasi;No. Badan Hukum;Tanggal Badan Hukum;Kecamatan;Status;Grade;"
                + "Tahun RAT Terakhir;Jumlah Anggota");
        List<Expected> expected = new ArrayList<>();
        Map<Registered, Integer> lines = new HashMap<>();
        String byLegalEntityOdsNumber = CooperativeNumbers.unique();
        String renamedOdsNumber = CooperativeNumbers.unique();
        int unchangedLine = 0;
        for (Registered r : register) {
            if (leftOut.contains(r)) {
                continue;
            }
            String odsNumber = r == byLegalEntity ? byLegalEntityOdsNumber : r == renamed ? renamedOdsNumber : r.number();
            String name = r == renamed ? renamedInOds(r.name()) : r.name().toUpperCase();
            String legal = r == legalEntity ? "AHU-9999999.AH.01.26.Tahun 2020" : r == renamed ? "" : spaced(r.legalEntityNumber());
            String kecamatanName = r == kecamatan ? kecamatanName(other(r.kecamatanCode())) : "Kec. " + kecamatanName(r.kecamatanCode());
            String odsStatus = r == status ? flip(r.status()) : r.status();
            String odsGrade = r == grade ? ("A".equals(r.grade()) ? "B" : "A") : r.grade();
            Integer odsYear = r == year ? (r.lastRatYear() == null ? Integer.valueOf(2020) : Integer.valueOf(r.lastRatYear() - 1)) : r.lastRatYear();
            int line = ods.row(odsNumber, name, legal, "", kecamatanName, indonesian(odsStatus), odsGrade,
                    odsYear == null ? "" : odsYear.toString(), "120");
            lines.put(r, line);
            if (!planted.contains(r) && unchangedLine == 0) {
                unchangedLine = line;
            }
        }
        expected.add(new Expected("DIFFERENCE", lines.get(status), status.id(), "STATUS", status.status(), flip(status.status())));
        expected.add(new Expected("DIFFERENCE", lines.get(grade), grade.id(), "GRADE", grade.grade(), "A".equals(grade.grade()) ? "B" : "A"));
        expected.add(new Expected("DIFFERENCE", lines.get(year), year.id(), "LAST_RAT_YEAR", text(year.lastRatYear()),
                year.lastRatYear() == null ? "2020" : String.valueOf(year.lastRatYear() - 1)));
        expected.add(new Expected("DIFFERENCE", lines.get(legalEntity), legalEntity.id(), "LEGAL_ENTITY_NUMBER",
                legalEntity.legalEntityNumber(), "AHU-9999999.AH.01.26.Tahun 2020"));
        expected.add(new Expected("DIFFERENCE", lines.get(kecamatan), kecamatan.id(), "KECAMATAN", kecamatan.kecamatanCode(),
                other(kecamatan.kecamatanCode())));
        expected.add(new Expected("DIFFERENCE", lines.get(byLegalEntity), byLegalEntity.id(), "COOPERATIVE_NUMBER",
                byLegalEntity.number(), byLegalEntityOdsNumber));
        expected.add(new Expected("PROPOSED_MATCH", lines.get(renamed), renamed.id(), null, null, null));

        List<Integer> onlyInOds = List.of(
                ods.row(CooperativeNumbers.unique(), "Koperasi Nelayan Tambak Muara " + hex(), "", "", "Bekasi Utara", "Aktif", "A", "2024", "30"),
                ods.row(CooperativeNumbers.unique(), "KSU Pengrajin Bambu Wangi " + hex(), "", "", "Jatiasih", "Tidak Aktif", "D", "", "12"),
                ods.row(CooperativeNumbers.unique(), "Kopwan Melati Putih Sentosa " + hex(), "", "", "327512", "Aktif", "B", "2023", "44"));
        onlyInOds.forEach(line -> expected.add(new Expected("ONLY_IN_ODS", line, null, null, null, null)));
        List<Integer> bad = List.of(
                ods.raw("3.27501E+12;Koperasi Angka Ilmiah;;;Jatiasih;Aktif;A;2024;1"),
                ods.raw(CooperativeNumbers.unique() + ";Koperasi Tahun Salah;;;Jatiasih;Aktif;A;2O24;1"),
                ods.raw(CooperativeNumbers.unique() + ";Koperasi Status Salah;;;Jatiasih;Hidup;A;2024;1"),
                ods.raw(CooperativeNumbers.unique() + ";Koperasi Luar Kota;;;Cikarang Barat;Aktif;A;2024;1"),
                ods.raw(CooperativeNumbers.unique() + ";;;;Jatiasih;Aktif;A;2024;1"),
                ods.raw(CooperativeNumbers.unique() + ";Koperasi Kolom Kurang;Jatiasih"),
                ods.raw(register.get(0).number() + ";Koperasi Lima Garuda (duplikat);;;Bekasi Timur;Aktif;A;2024;1"));
        bad.forEach(line -> expected.add(new Expected("BAD_ROW", line, null, null, null, null)));

        // Everything else the register holds (other system tests' cooperatives, and the three left out) is only in it.
        Set<String> mine = register.stream().filter(r -> !leftOut.contains(r)).map(Registered::id).collect(Collectors.toSet());
        Reconciliation.strings(suite, "registry", "select id::text from cooperative where id::text <> ?", "").stream()
                .filter(id -> !mine.contains(id))
                .forEach(id -> expected.add(new Expected("ONLY_IN_REGISTER", null, id, null, null, null)));

        JsonPath summary = given().auth().oauth2(Tokens.officer()).contentType("text/csv; charset=UTF-8")
                .queryParam("fileName", "ods-kota-bekasi.csv").body(ods.bytes())
                .when().post("/api/v1/ods-reconciliations").then().statusCode(201).extract().jsonPath();
        String reconciliation = summary.getString("id");
        List<Map<String, Object>> items = items(reconciliation);

        // As multisets: the register's cooperatives no row matched are thousands by then.
        assertThat(Multisets.counts(items.stream().map(OdsReconciliationIT::actual).toList())).isEqualTo(Multisets.counts(expected));
        assertThat(summary.getString("separator")).isEqualTo("semicolon");
        assertThat(summary.getInt("totalRows")).isEqualTo(ods.rows());
        assertThat(summary.getInt("badRows")).isEqualTo(bad.size());
        assertThat(summary.getInt("matchedByNumber")).isEqualTo(DEMO - leftOut.size() - 2);
        assertThat(summary.getInt("matchedByLegalEntityNumber")).isEqualTo(1);
        assertThat(summary.getInt("differences")).isEqualTo(6);
        Integer equalLine = unchangedLine;
        assertThat(items).filteredOn(i -> equalLine.equals(i.get("line"))).isEmpty();
        assertThat(items).filteredOn(i -> Integer.valueOf(bad.get(1)).equals(i.get("line"))).singleElement()
                .satisfies(i -> assertThat(i.get("message")).isEqualTo("Tahun RAT Terakhir: '2O24' must be a year such as 2024"));
        assertThat(items).filteredOn(i -> Integer.valueOf(bad.get(6)).equals(i.get("line"))).singleElement()
                .satisfies(i -> assertThat(i.get("message")).isEqualTo("NIK Koperasi " + register.get(0).number()
                        + " appears already on line " + lines.get(register.get(0))));

        // The downloads hold the same items.
        String csv = new String(given().auth().oauth2(Tokens.auditor()).queryParam("format", "csv")
                .when().get("/api/v1/ods-reconciliations/" + reconciliation + "/report").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(items.size() + 1L);
        byte[] xlsx = given().auth().oauth2(Tokens.auditor()).queryParam("format", "xlsx")
                .when().get("/api/v1/ods-reconciliations/" + reconciliation + "/report").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Items");
            assertThat(sheet.getLastRowNum()).isEqualTo(items.size());
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("BAD_ROW");
        }

        // The officer confirms the proposal: the register takes the ODS's number, and the event reaches financing.
        Map<String, Object> proposal = items.stream().filter(i -> "PROPOSED_MATCH".equals(i.get("kind"))).findFirst().orElseThrow();
        given().auth().oauth2(Tokens.officer())
                .when().post("/api/v1/ods-reconciliations/" + reconciliation + "/items/" + proposal.get("item") + "/confirmation")
                .then().statusCode(200).body("confirmedBy", equalTo("officer@dev"));
        given().when().get("/api/v1/cooperatives/" + renamed.id()).then().statusCode(200).body("cooperativeNumber", equalTo(renamedOdsNumber));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> renamedOdsNumber.equals(Projections.queryString(suite,
                "financing", "select cooperative_number from cooperative_projection where id = ?", UUID.fromString(renamed.id())).orElse(null)));

        // The next reconciliation matches it by its number: no proposal; its row left the legal entity number
        // empty (so that the first one could not match it that way), which is now a difference like any other.
        String again = given().auth().oauth2(Tokens.officer()).contentType("text/csv").body(ods.bytes())
                .when().post("/api/v1/ods-reconciliations").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> second = items(again);
        assertThat(second).noneMatch(i -> "PROPOSED_MATCH".equals(i.get("kind")));
        assertThat(second.stream().filter(i -> lines.get(renamed).equals(i.get("line"))).map(OdsReconciliationIT::actual).toList())
                .containsExactly(new Expected("DIFFERENCE", lines.get(renamed), renamed.id(), "LEGAL_ENTITY_NUMBER",
                        renamed.legalEntityNumber(), null));
    }

    // --- the register the test builds, by the public API

    /**
     * Registers the demo cooperative and files its reports, straight at the registry. With {@link Http}: REST
     * Assured's {@code extract().path("id")} compiled a Groovy script for each of the 150 (issue 20).
     */
    private static Registered register(Http registry, Map<String, Object> demo, LocalDate today) throws Exception {
        Map<String, Object> body = new HashMap<>(demo);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reports = (List<Map<String, Object>>) body.remove("reports");
        body.put("cooperativeNumber", CooperativeNumbers.unique());
        Map<String, String> headers = Map.of("Authorization", Tokens.bearer(Tokens.officer()), "Content-Type", "application/json",
                "Accept", "application/json");
        Http.Answer created = registry.send("POST", "/api/v1/cooperatives", headers, ApiOperations.JSON.writeValueAsString(body));
        assertThat(created.status()).as("registration: %s", created).isEqualTo(201);
        String id = ApiOperations.JSON.readTree(created.body()).path("id").asText();
        for (Map<String, Object> report : reports) {
            Http.Answer filed = registry.send("POST", "/api/v1/cooperatives/" + id + "/annual-reports", headers,
                    ApiOperations.JSON.writeValueAsString(report));
            assertThat(filed.status()).as("annual report: %s", filed).isEqualTo(201);
        }
        return standing(id, body, reports, today);
    }

    /**
     * Status, grade and last RAT year as of {@code today} by DESIGN 3.1, written out here:
     * F is last year from 1 July on, else the year before; the window is F-2..F; reports count
     * once their meeting was held.
     */
    private static Registered standing(String id, Map<String, Object> body, List<Map<String, Object>> reports, LocalDate today) {
        int f = today.getMonthValue() >= Month.JULY.getValue() ? today.getYear() - 1 : today.getYear() - 2;
        LocalDate founded = LocalDate.parse((String) body.get("foundedOn"));
        Set<Integer> held = new TreeSet<>();
        for (Map<String, Object> report : reports) {
            if (!LocalDate.parse((String) report.get("meetingDate")).isAfter(today)) {
                held.add((Integer) report.get("financialYear"));
            }
        }
        long inWindow = held.stream().filter(y -> y >= f - 2 && y <= f).count();
        boolean isNew = founded.getYear() > f;
        String status = isNew || held.contains(f) || held.contains(f - 1) ? "ACTIVE" : "INACTIVE";
        String grade = isNew ? "NEW" : inWindow == 3 ? "A" : inWindow == 2 ? "B"
                : inWindow == 1 ? (founded.isAfter(today.minusYears(3)) ? "C1" : "C2") : "D";
        Integer last = held.isEmpty() ? null : ((TreeSet<Integer>) held).last();
        return new Registered(id, (String) body.get("cooperativeNumber"), (String) body.get("name"),
                (String) body.get("legalEntityNumber"), (String) body.get("kecamatanCode"), status, grade, last);
    }

    private static Map<String, Long> registeredLegalEntityNumbers(LocalSuite suite) {
        Map<String, Long> counts = new HashMap<>();
        Reconciliation.strings(suite, "registry", "select id::text || '|' || coalesce(legal_entity_number, '') from cooperative "
                + "where id::text <> ?", "").forEach(row -> counts.merge(key(row.substring(row.indexOf('|') + 1)), 1L, Long::sum));
        return counts;
    }

    // --- the ODS file

    /** Lines of an ODS export with semicolons and a byte-order mark, numbered as the reconciliation numbers them. */
    static final class OdsFile {
        private final List<String> lines = new ArrayList<>();

        OdsFile(String header) {
            lines.add(header);
        }

        int row(String... cells) {
            return raw(String.join(";", java.util.Arrays.stream(cells)
                    .map(c -> c.contains(";") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()));
        }

        int raw(String line) {
            lines.add(line);
            return lines.size();
        }

        int rows() {
            return lines.size() - 1;
        }

        byte[] bytes() {
            return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The same cooperative as the ODS spells it after a rename: capitals, an accent, other spacing, a word more. */
    private static String renamedInOds(String name) {
        return name.toUpperCase().replace("KOPERASI ", "KOPERASI  ").replaceFirst("A", "Á").replace(" 0", "-0") + " SEJAHTERA";
    }

    private static String spaced(String legalEntityNumber) {
        return legalEntityNumber == null ? "" : legalEntityNumber.toUpperCase().replace(" ", "  ");
    }

    private static String key(String legalEntityNumber) {
        return legalEntityNumber == null ? "" : legalEntityNumber.replaceAll("\\s", "").toUpperCase();
    }

    private static String kecamatanName(String code) {
        return KECAMATAN_NAMES[Integer.parseInt(code.substring(4)) - 1];
    }

    private static String other(String kecamatanCode) {
        int next = Integer.parseInt(kecamatanCode.substring(4)) % 12 + 1;
        return String.format("3275%02d", next);
    }

    private static String flip(String status) {
        return "ACTIVE".equals(status) ? "INACTIVE" : "ACTIVE";
    }

    private static String indonesian(String status) {
        return "ACTIVE".equals(status) ? "Aktif" : "Tidak Aktif";
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String hex() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // --- the report

    private static List<Map<String, Object>> items(String reconciliation) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath json = given().auth().oauth2(Tokens.auditor()).queryParam("page", page).queryParam("size", 100)
                    .when().get("/api/v1/ods-reconciliations/" + reconciliation + "/items").then().statusCode(200).extract().jsonPath();
            items.addAll(json.getList("items"));
            if (page >= json.getInt("page.totalPages")) {
                return items;
            }
        }
    }

    private static Expected actual(Map<String, Object> item) {
        boolean difference = "DIFFERENCE".equals(item.get("kind"));
        return new Expected((String) item.get("kind"), (Integer) item.get("line"), (String) item.get("cooperativeId"),
                (String) item.get("field"), difference ? (String) item.get("registerValue") : null,
                difference ? (String) item.get("odsValue") : null);
    }
}
