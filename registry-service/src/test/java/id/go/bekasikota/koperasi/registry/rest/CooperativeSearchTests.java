package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.AnnualReportMother;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Searching the register: names without case or accents, filters, standing as of today, assets, stable sorts, pages. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class CooperativeSearchTests {

    @Inject
    AdjustableClock clock;
    /** The latest due year as of today: a report for it makes a cooperative ACTIVE. */
    private int dueYear;

    @BeforeEach
    void readTheClock() {
        dueYear = DueYear.asOf(LocalDate.now(clock));
    }

    @Test
    void namesMatchInPartIgnoringCaseAndAccents() {
        String token = token();
        String id = register(named("Koperasi Karyawan Bérkah Ümmat " + token));
        for (String query : List.of("berkah ummat " + token, "BÉRKAH", "kah üm", token.toUpperCase())) {
            given().queryParam("name", query).queryParam("size", 100).when().get("/api/v1/cooperatives")
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
        given().queryParam("name", "ummat " + token).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items", hasSize(1)).body("page.totalItems", equalTo(1))
                .body("items[0].phone", nullValue());
        given().queryParam("name", "100%_" + token).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items", hasSize(0));
    }

    /**
     * A query of several words is answered through the index of the words' prefixes and suffixes;
     * what it finds must be exactly what a plain substring match on the folded names finds
     * (computed here with Java's own folding): a first word that ends a longer word, a last one
     * that starts one, whole words in between, short words, two spaces, punctuation, accents (the
     * query trimmed, as every text parameter is). Spacing does not count: a run of spaces, no-break
     * ones (U+00A0, pasted from a word processor) too, is one space in names and queries alike.
     */
    @Test
    void queriesOfSeveralWordsFindExactlyTheNamesContainingThem() {
        String token = token();
        List<String> names = List.of(
                "Koperasi " + token + " Karya Usaha Mandiri",
                "Koperasi Serba " + token + "ku Usaha Bersama",
                "KSP " + token + "  Dua Spasi",
                "Koperasi Karyawan PT. " + token + " (Persero) Tbk",
                "Koperasi Bérkah " + token + " Üsaha Jaya",
                "Kop " + token + " Usaha Karya Mandiri",
                "Koperasi\u00A0" + token + "\u00A0\u00A0Nbsp Jaya");
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : names) {
            ids.put(register(named(name)), name);
        }
        String tail = token.substring(2);
        List<String> queries = List.of(
                token + " karya", "si " + token + " kar", "rasi " + token + " karya usaha man", token + "ku usaha",
                tail + "ku us", token + "  dua", token + " dua", "pt. " + token + " (per", token + " (persero) tbk",
                "berkah " + token + " usaha", "bérkah " + token + " üsa", tail + " usaha", tail + " usaha karya",
                "op " + token + " usaha", token + " usaha mandiri", " " + token + " ", token + " k", "a " + token + " ka",
                token + " karya usaha mandiri lebih", "koperasi " + token + " nbsp", "koperasi  " + token + "\u00A0nbsp jaya",
                "ksp " + token + " dua spasi");
        for (String query : queries) {
            List<String> expected = ids.entrySet().stream()
                    .filter(entry -> fold(entry.getValue()).contains(fold(query.strip())))
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> found = given().queryParam("name", query).queryParam("size", 100).when().get("/api/v1/cooperatives")
                    .then().statusCode(200).body("page.totalItems", equalTo(expected.size()))
                    .extract().<List<String>>path("items.id").stream().sorted().toList();
            assertEquals(expected, found, "name=" + query);
        }
        // "<tail> usaha" is in two names (Bérkah's and Kop's): the total on the last page and past it.
        given().queryParam("name", tail + " usaha").queryParam("size", 1).queryParam("page", 2).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items", hasSize(1)).body("page.totalItems", equalTo(2));
        given().queryParam("name", tail + " usaha").queryParam("size", 1).queryParam("page", 3).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items", hasSize(0)).body("page.totalItems", equalTo(2));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s\u00A0\u2007\u202F]+", " ");
    }

    @Test
    void filtersCombine() {
        String token = token();
        Map<String, Object> body = named("Koperasi Filter " + token);
        body.put("kecamatanCode", "327510");
        body.put("kelompok", "CIVIL_SERVANTS");
        String id = register(body);
        register(named("Koperasi Filter " + token + " Lain"));
        given().queryParam("name", token).queryParam("kecamatanCode", "327510").queryParam("jenis", "simpan_pinjam")
                .queryParam("kelompok", "CIVIL_SERVANTS").queryParam("kbliCode", "64141")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(id));
        given().queryParam("cooperativeNumber", body.get("cooperativeNumber")).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(id));
        given().queryParam("name", token).queryParam("jenis", "JASA").when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void statusAndGradeAreAsOfToday() {
        String token = token();
        String active = register(named("Koperasi Aktif " + token));
        file(active, AnnualReportMother.report(dueYear));
        String dormant = register(named("Koperasi Tidur " + token));
        given().queryParam("name", token).queryParam("status", "ACTIVE").when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(active)).body("items[0].status", equalTo("ACTIVE"));
        given().queryParam("name", token).queryParam("status", "inactive").queryParam("grade", "D").when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(dormant));
        given().queryParam("name", token).queryParam("grade", "C2").when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(active));
    }

    @Test
    void assetsFilterAndSortsAreStable() {
        String token = token();
        String small = register(named("Koperasi Kecil " + token, "2015-01-01"));
        file(small, AnnualReportMother.reportWithAssets(dueYear, 1_000_000_000L));
        String bigA = register(named("Koperasi Besar A " + token, "2001-01-01"));
        file(bigA, AnnualReportMother.reportWithAssets(dueYear, 500_000_000_000L));
        String bigB = register(named("Koperasi Besar B " + token, "2001-01-01"));
        file(bigB, AnnualReportMother.reportWithAssets(dueYear, 500_000_000_000L));
        String none = register(named("Koperasi Tanpa Laporan " + token, "1990-01-01"));
        List<String> ties = List.of(bigA, bigB).stream().sorted().toList();

        given().queryParam("name", token).queryParam("sort", "assets").queryParam("direction", "desc")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(ties.get(0), ties.get(1), small, none));
        given().queryParam("name", token).queryParam("sort", "assets")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(small, ties.get(0), ties.get(1), none));
        given().queryParam("name", token).queryParam("assetsMin", 2_000_000_000L).queryParam("assetsMax", 500_000_000_000L)
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(bigA, bigB)).body("items[0].assets", equalTo(500_000_000_000L));
        given().queryParam("name", token).queryParam("sort", "foundedOn")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(none, ties.get(0), ties.get(1), small));
        given().queryParam("name", token).queryParam("sort", "name").queryParam("direction", "desc")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(none, small, bigB, bigA));
        // In any case, as every other value of a query.
        given().queryParam("name", token).queryParam("sort", "NAME").queryParam("direction", "DESC")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(none, small, bigB, bigA));
        given().queryParam("name", token).queryParam("sort", "FOUNDEDON")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(none, ties.get(0), ties.get(1), small));
        given().queryParam("name", token).queryParam("sort", "foundedOn").queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items.id", contains(ties.get(0)))
                .body("page.number", equalTo(2)).body("page.size", equalTo(1))
                .body("page.totalItems", equalTo(4)).body("page.totalPages", equalTo(4));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("sort", "size").queryParam("direction", "up").queryParam("jenis", "BANK")
                .queryParam("status", "ALIVE").queryParam("grade", "E").queryParam("assetsMin", "lots")
                .queryParam("kecamatanCode", "123").queryParam("kbliCode", "6414")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sort")).body("errors.field", hasItem("direction"))
                .body("errors.field", hasItem("jenis")).body("errors.field", hasItem("status"))
                .body("errors.field", hasItem("grade")).body("errors.field", hasItem("assetsMin"))
                .body("errors.field", hasItem("kecamatanCode")).body("errors.field", hasItem("kbliCode"));
        given().queryParam("assetsMin", 10).queryParam("assetsMax", 5).when().get("/api/v1/cooperatives")
                .then().statusCode(400).body("errors[0].field", equalTo("assetsMin"));
        // A page out of range hides none of the others: one 400 names them all, as a form shows them.
        given().queryParam("size", 0).queryParam("page", "x").queryParam("status", "x").queryParam("sort", "y")
                .when().get("/api/v1/cooperatives")
                .then().statusCode(400).body("errors.field", equalTo(java.util.List.of("page", "size", "sort", "status")));
        given().queryParam("page", 0).when().get("/api/v1/cooperatives")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void theOfficeSeesContactDataInTheListAnonymousCallersDoNot() {
        String token = token();
        register(named("Koperasi Kontak " + token));
        given().auth().oauth2(Tokens.officer()).queryParam("name", token).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items[0].phone", equalTo("+62 21 8801234"));
        given().queryParam("name", token).when().get("/api/v1/cooperatives")
                .then().statusCode(200).body("items[0].phone", nullValue()).body("items[0].email", nullValue());
    }

    private static String token() {
        return "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
    }

    private static Map<String, Object> named(String name) {
        Map<String, Object> body = CooperativeMother.limaGaruda();
        body.put("name", name);
        return body;
    }

    private static Map<String, Object> named(String name, String foundedOn) {
        Map<String, Object> body = named(name);
        body.put("foundedOn", foundedOn);
        body.put("legalEntityDate", foundedOn);
        return body;
    }
}
