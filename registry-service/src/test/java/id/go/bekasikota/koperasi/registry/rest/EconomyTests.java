package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.registry.support.EconomyMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.etag;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.correct;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.file;
import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The economic indicators through the API. Tests share one register, so two ways to expect exact
 * figures: today's, as the difference a filed report makes; and an era of their own (the 1950s),
 * where only this test's cooperatives exist, added up by hand.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class EconomyTests {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    private static final String PATH = "/api/v1/statistics/economy";
    private static final List<String> MEASURES = List.of("membersMale", "membersFemale", "members", "employees", "ownCapital",
            "externalCapital", "assets", "turnover", "surplus");

    @Test
    void filingAReportMovesExactlyItsFiguresInExactlyItsCells() {
        JsonPath before = economy(officer());
        LocalDate today = LocalDate.parse(before.getString("asOf"));
        int f = today.isBefore(LocalDate.of(today.getYear(), 7, 1)) ? today.getYear() - 2 : today.getYear() - 1;
        assertThat(before.getInt("latestDueYear")).isEqualTo(f);
        String id = register(EconomyMother.cooperative("Koperasi Pemasaran Mustika", "327511", "PEMASARAN", "OTHER", "2001-05-02"));
        // male, female, employees, own, external, assets, turnover (Rp 20 billion: MEDIUM by sales), SHU (a loss)
        long[] figures = {120, 95, 14, 4_000_000_000L, 1_500_000_000L, 9_000_000_000L, 20_000_000_000L, -250_000_000L};
        file(id, EconomyMother.report(f, (f + 1) + "-03-21", figures));
        JsonPath after = economy(officer());

        Map<String, Long> moved = moved(figures);
        assertMoved(before, after, "total", 1, moved);
        assertCells(before, after, "byKecamatan", "327511", moved);
        assertCells(before, after, "byJenis", "PEMASARAN", moved);
        assertCells(before, after, "byKelompok", "OTHER", moved);
        assertCells(before, after, "bySizeClass", "MEDIUM", moved);
        assertThat(count(after, "reportYears.find { it.financialYear == " + f + " }.cooperatives"))
                .isEqualTo(count(before, "reportYears.find { it.financialYear == " + f + " }.cooperatives") + 1);
        String year = "trend.find { it.financialYear == " + f + " }";
        assertMoved(before, after, year, 1, moved, "totals");

        // A correction replaces the figures: the cells move by the difference, no cooperative more.
        long[] corrected = figures.clone();
        corrected[5] = 9_500_000_000L;
        corrected[6] = 1_000_000_000L;
        correct(id, EconomyMother.report(f, (f + 1) + "-03-21", corrected));
        JsonPath afterCorrection = economy(officer());
        Map<String, Long> difference = new HashMap<>();
        MEASURES.forEach(m -> difference.put(m, 0L));
        difference.put("assets", 500_000_000L);
        difference.put("turnover", -19_000_000_000L);
        assertMoved(after, afterCorrection, "total", 0, difference);
        assertThat(count(afterCorrection, group("bySizeClass", "MEDIUM") + ".cooperatives"))
                .isEqualTo(count(after, group("bySizeClass", "MEDIUM") + ".cooperatives") - 1);
        assertThat(count(afterCorrection, group("bySizeClass", "MICRO") + ".cooperatives"))
                .isEqualTo(count(after, group("bySizeClass", "MICRO") + ".cooperatives") + 1);
    }

    @Test
    void anEraOfItsOwnAddsUpByHand() {
        Era.build();
        JsonPath full = given().auth().oauth2(Tokens.auditor()).queryParam("asOf", "1961-07-01").when().get(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertThat(full.getString("view")).isEqualTo("FULL");
        assertThat(full.getInt("latestDueYear")).isEqualTo(1960);
        assertThat(full.getInt("windowFrom")).isEqualTo(1958);
        // P (1960, corrected), Q (1958: its 1960 meeting is after asOf), R (1960), S (1959); not T (1956), not U (dissolved).
        assertThat(full.getList("reportYears.financialYear", Integer.class)).containsExactly(1958, 1959, 1960);
        assertThat(full.getList("reportYears.cooperatives", Integer.class)).containsExactly(1, 1, 2);
        assertThat(full.getLong("total.cooperatives")).isEqualTo(4);
        assertFigure(full, "total", "membersMale", 190, 40L);           // 10 20 | 60 100
        assertFigure(full, "total", "membersFemale", 130, 35L);         // 10 30 | 40 50
        assertFigure(full, "total", "members", 320, 75L);               // 20 50 | 100 150
        assertFigure(full, "total", "employees", 19, 4L);               // 1 2 | 6 10
        assertFigure(full, "total", "ownCapital", 2_050_000, 500_000L);
        assertFigure(full, "total", "externalCapital", 625_000, 62_500L);
        assertFigure(full, "total", "assets", 23_500_000_000L, 1_700_000_000L);
        assertFigure(full, "total", "turnover", 19_550_000_000L, 1_700_000_000L);
        assertFigure(full, "total", "surplus", 46_000, 5_500L);         // -5,000 1,000 | 10,000 40,000
        assertFigure(full, group("byKecamatan", "327501"), "membersMale", 120, 60L);
        assertThat(full.getString(group("byKecamatan", "327501") + ".name")).isEqualTo("Bekasi Timur");
        assertThat(full.getList("bySizeClass.cooperatives", Integer.class)).containsExactly(2, 1, 1, 0);
        assertThat(full.getString(group("bySizeClass", "SMALL") + ".suppressed")).isNull();
        // 1960: P, R and U (dissolved since, but its report was held); growth over 1959 among those that reported both: P.
        String y1960 = "trend.find { it.financialYear == 1960 }";
        assertThat(full.getLong(y1960 + ".cooperatives")).isEqualTo(3);
        assertThat(full.getLong(y1960 + ".totals.turnover.total")).isEqualTo(18_560_000_000L);
        assertThat(full.getLong(y1960 + ".comparableCooperatives")).isEqualTo(1);
        assertThat(full.getLong(y1960 + ".growth.membersMale.numerator")).isEqualTo(100);
        assertThat(full.getLong(y1960 + ".growth.membersMale.denominator")).isEqualTo(90);
        assertThat(full.getString(y1960 + ".growth.membersMale.ratio")).isEqualTo("1.1111");
        assertThat(full.getString(y1960 + ".growth.turnover.ratio")).isEqualTo("1.1364");   // 2.5 / 2.2 billion
        assertThat(full.getList("trend.financialYear", Integer.class)).containsExactly(1956, 1957, 1958, 1959, 1960);
        assertThat(full.getList("trend.cooperatives", Integer.class)).containsExactly(1, 0, 1, 2, 3);

        JsonPath published = given().queryParam("asOf", "1961-07-01").when().get(PATH).then().statusCode(200).extract().jsonPath();
        assertThat(published.getString("view")).isEqualTo("PUBLIC");
        assertThat(published.getInt("minimumCellSize")).isEqualTo(3);
        assertFigure(published, "total", "turnover", 19_550_000_000L, 1_700_000_000L);
        // Kecamatan 2 + 1 + 1: three small cells, each hidden on its own.
        assertSuppressed(published, group("byKecamatan", "327501"), "PRIMARY", 2);
        assertSuppressed(published, group("byKecamatan", "327502"), "PRIMARY", 1);
        assertSuppressed(published, group("byKecamatan", "327503"), "PRIMARY", 1);
        assertThat(published.getLong(group("byKecamatan", "327504") + ".figures.assets.total")).isZero();
        // Jenis 3 + 1: KONSUMEN alone would be the total minus SIMPAN_PINJAM, so SIMPAN_PINJAM goes with it.
        assertSuppressed(published, group("byJenis", "KONSUMEN"), "PRIMARY", 1);
        assertSuppressed(published, group("byJenis", "SIMPAN_PINJAM"), "COMPLEMENTARY", 3);
        assertSuppressed(published, group("byKelompok", "KUD"), "PRIMARY", 1);
        assertSuppressed(published, group("byKelompok", "COMMUNITY"), "COMPLEMENTARY", 3);
        assertSuppressed(published, group("bySizeClass", "MICRO"), "PRIMARY", 2);
        // 1959 holds 2 reports: hidden. 1960 holds 3: shown, but its growth rests on one cooperative: not shown.
        assertThat(published.getString("trend.find { it.financialYear == 1959 }.suppressed")).isEqualTo("PRIMARY");
        assertThat(published.getLong(y1960 + ".totals.turnover.total")).isEqualTo(18_560_000_000L);
        assertThat(published.getMap(y1960 + ".growth")).isNull();

        // As of 1 August 1961 Q's 1960 meeting is held: Q counts with its 1960 figures (25 men instead of 20).
        given().auth().oauth2(Tokens.officer()).queryParam("asOf", "1961-08-01").when().get(PATH).then().statusCode(200)
                .body("reportYears.financialYear", org.hamcrest.Matchers.contains(1959, 1960))
                .body("total.figures.membersMale.total", equalTo(195));
    }

    @Test
    void partnersJurorsAndCooperativesSeeThePublicView() {
        Era.build();
        for (String token : List.of(Tokens.partner("bank-bjb"), Tokens.juror("juri-9@dev"), Tokens.cooperative(java.util.UUID.randomUUID()))) {
            given().auth().oauth2(token).queryParam("asOf", "1961-07-01").when().get(PATH).then().statusCode(200)
                    .body("view", equalTo("PUBLIC"))
                    .body("byJenis.find { it.key == 'KONSUMEN' }.suppressed", equalTo("PRIMARY"));
        }
    }

    @Test
    void theOpenDataFileHoldsWhatTheCallerMaySee() throws IOException {
        Era.build();
        var response = given().queryParam("asOf", "1961-07-01").queryParam("format", "csv").when().get(PATH)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"indikator-ekonomi-koperasi-1961-07-01.csv\"")
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(response)).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("tanggal_acuan", "tahun_buku_wajib_terakhir",
                "dasar_kelas_usaha", "rincian", "kode", "nama", "jumlah_koperasi", "disembunyikan", "jumlah_koperasi_pembanding",
                "anggota_laki_laki_jumlah", "anggota_laki_laki_median", "anggota_laki_laki_rasio_pertumbuhan");
        // 1 total + 12 kecamatan + 5 jenis + 5 kelompok + 4 size classes + 5 trend years
        assertThat(rows).hasSize(32);
        CSVRecord total = rows.get(0);
        assertThat(total.get("rincian")).isEqualTo("TOTAL");
        assertThat(total.get("jumlah_koperasi")).isEqualTo("4");
        assertThat(total.get("volume_usaha_jumlah")).isEqualTo("19550000000");
        assertThat(total.get("shu_median")).isEqualTo("5500");
        assertThat(total.get("dasar_kelas_usaha")).isEqualTo("VOLUME_USAHA");
        CSVRecord konsumen = rows.stream().filter(r -> r.get("kode").equals("KONSUMEN")).findFirst().orElseThrow();
        assertThat(konsumen.get("disembunyikan")).isEqualTo("PRIMER");
        assertThat(konsumen.get("aset_jumlah")).isEmpty();
        CSVRecord simpanPinjam = rows.stream().filter(r -> r.get("kode").equals("SIMPAN_PINJAM")).findFirst().orElseThrow();
        assertThat(simpanPinjam.get("disembunyikan")).isEqualTo("KOMPLEMENTER");
        assertThat(simpanPinjam.get("nama")).isEqualTo("Simpan pinjam");
        assertThat(rows.stream().filter(r -> r.get("kode").equals("MICRO")).findFirst().orElseThrow().get("nama")).isEqualTo("Usaha mikro");
        assertThat(rows.stream().filter(r -> r.get("kode").equals("KUD")).findFirst().orElseThrow().get("nama")).isEqualTo("Koperasi Unit Desa");
        CSVRecord year1960 = rows.stream().filter(r -> r.get("rincian").equals("TAHUN_BUKU") && r.get("kode").equals("1960"))
                .findFirst().orElseThrow();
        assertThat(year1960.get("volume_usaha_jumlah")).isEqualTo("18560000000");
        assertThat(year1960.get("volume_usaha_rasio_pertumbuhan")).isEmpty();

        String office = given().auth().oauth2(Tokens.officer()).queryParam("asOf", "1961-07-01").queryParam("format", "csv")
                .when().get(PATH).then().statusCode(200).extract().asString();
        assertThat(office).contains(",TAHUN_BUKU,1960,1960,3,,1,").contains("1.1364");
    }

    @Test
    void sizeClassesByAssetsOnRequest() {
        Era.build();
        given().auth().oauth2(Tokens.officer()).queryParam("asOf", "1961-07-01").queryParam("sizeBasis", "assets")
                .when().get(PATH).then().statusCode(200)
                .body("sizeClasses.basis", equalTo("ASSETS"))
                .body("sizeClasses.classes.upTo", org.hamcrest.Matchers.contains(1_000_000_000, 5_000_000_000L, 10_000_000_000L, null))
                // assets: S 0.1 bn and Q 0.4 bn micro, P 3 bn small, R 20 bn large
                .body("bySizeClass.cooperatives", org.hamcrest.Matchers.contains(2, 1, 0, 1));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("asOf", "kemarin").when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "2026-07-01").queryParam("trendFrom", "2026").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("trendFrom"));
        given().queryParam("sizeBasis", "members").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("sizeBasis"));
        given().queryParam("format", "xlsx").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    /**
     * Six cooperatives founded in 1950, asked about as of 1 July 1961 (F = 1960, window 1958-1960):
     *
     * <pre>
     *    kecamatan jenis          kelompok   reports (meeting)                                     counted
     *  P 327501    SIMPAN_PINJAM  COMMUNITY  1959 (1960-03-01), 1960 (1961-03-01) corrected       1960 rev. 2
     *  Q 327501    SIMPAN_PINJAM  COMMUNITY  1958 (1959-02-01), 1960 (1961-08-01: after asOf)     1958
     *  R 327502    SIMPAN_PINJAM  KUD        1960 (1961-05-01)                                    1960
     *  S 327503    KONSUMEN       COMMUNITY  1959 (1960-04-01)                                    1959
     *  T 327504    JASA           OTHER      1956 (1957-03-01): before the window                 -
     *  U 327505    PEMASARAN      OTHER      1960 (1961-02-01), dissolved 1961-06-30              -
     * </pre>
     *
     * Figures (male, female, employees, own, external, assets, turnover, SHU): P 1960 100 50 10
     * 1,000,000 500,000 3 bn 2.5 bn 40,000; Q 1958 20 30 2 200,000 0 0.4 bn 0.9 bn -5,000; R 1960 60
     * 40 6 800,000 100,000 20 bn 16 bn 10,000; S 1959 10 10 1 50,000 25,000 0.1 bn 0.15 bn 1,000.
     * Built once per run: every test of the era reads the same six.
     */
    private static final class Era {

        private static boolean built;

        static synchronized void build() {
            if (built) {
                return;
            }
            String p = register(EconomyMother.cooperative("Koperasi Era P", "327501", "SIMPAN_PINJAM", "COMMUNITY", "1950-01-10"));
            file(p, EconomyMother.report(1959, "1960-03-01", 90, 45, 9, 900_000, 400_000, 2_800_000_000L, 2_200_000_000L, 30_000));
            file(p, EconomyMother.report(1960, "1961-03-01", 999, 999, 99, 9, 9, 9, 9, 9));
            correct(p, EconomyMother.report(1960, "1961-03-01", 100, 50, 10, 1_000_000, 500_000, 3_000_000_000L, 2_500_000_000L, 40_000));
            String q = register(EconomyMother.cooperative("Koperasi Era Q", "327501", "SIMPAN_PINJAM", "COMMUNITY", "1950-01-10"));
            file(q, EconomyMother.report(1958, "1959-02-01", 20, 30, 2, 200_000, 0, 400_000_000L, 900_000_000L, -5_000));
            file(q, EconomyMother.report(1960, "1961-08-01", 25, 30, 2, 210_000, 0, 420_000_000L, 950_000_000L, -1_000));
            String r = register(EconomyMother.cooperative("Koperasi Era R", "327502", "SIMPAN_PINJAM", "KUD", "1950-01-10"));
            file(r, EconomyMother.report(1960, "1961-05-01", 60, 40, 6, 800_000, 100_000, 20_000_000_000L, 16_000_000_000L, 10_000));
            String s = register(EconomyMother.cooperative("Koperasi Era S", "327503", "KONSUMEN", "COMMUNITY", "1950-01-10"));
            file(s, EconomyMother.report(1959, "1960-04-01", 10, 10, 1, 50_000, 25_000, 100_000_000L, 150_000_000L, 1_000));
            String t = register(EconomyMother.cooperative("Koperasi Era T", "327504", "JASA", "OTHER", "1950-01-10"));
            file(t, EconomyMother.report(1956, "1957-03-01", 1, 1, 1, 1, 1, 1, 1, 1));
            String u = register(EconomyMother.cooperative("Koperasi Era U", "327505", "PEMASARAN", "OTHER", "1950-01-10"));
            file(u, EconomyMother.report(1960, "1961-02-01", 5, 5, 1, 10_000, 10_000, 50_000_000L, 60_000_000L, 500));
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(u))
                    .body(Map.of("dissolvedOn", "1961-06-30", "legalBasis", "Keputusan Rapat Anggota 1961"))
                    .when().post("/api/v1/cooperatives/" + u + "/dissolution").then().statusCode(200);
            built = true;
        }
    }

    @Test
    void theGrowthComparesOnlyCooperativesThatReportedBothYears() {
        Era.build();
        // By 1961-09-01 Q's 1960 meeting (1961-08-01) is held too: 1960 holds P, Q, R and U. Q reported 1958 and
        // 1960 but not 1959, so its 1960 is not comparable, nor is its 1958 on 1959's side: P alone compares 1960
        // with 1959 (100 against 90 men), and nobody compares 1959 with 1958 (S and P have no 1958, Q no 1959).
        JsonPath later = given().auth().oauth2(Tokens.auditor()).queryParam("asOf", "1961-09-01").when().get(PATH)
                .then().statusCode(200).extract().jsonPath();
        String y1960 = "trend.find { it.financialYear == 1960 }";
        assertThat(later.getList("trend.financialYear", Integer.class)).containsExactly(1956, 1957, 1958, 1959, 1960);
        assertThat(later.getList("trend.cooperatives", Integer.class)).containsExactly(1, 0, 1, 2, 4);
        assertThat(later.getLong(y1960 + ".totals.membersMale.total")).isEqualTo(100 + 25 + 60 + 5);
        assertThat(later.getLong(y1960 + ".comparableCooperatives")).isEqualTo(1);
        assertThat(later.getLong(y1960 + ".growth.membersMale.numerator")).isEqualTo(100);
        assertThat(later.getLong(y1960 + ".growth.membersMale.denominator")).isEqualTo(90);
        assertThat(later.getLong("trend.find { it.financialYear == 1959 }.comparableCooperatives")).isZero();
        assertThat(later.getLong("trend.find { it.financialYear == 1958 }.comparableCooperatives")).isZero();
    }

    /**
     * Today's picture keeps the counted figures and, after writes, reads again only the cooperatives
     * written since. Each time it must show what reading the whole register again shows: the picture
     * with another trend start, whose figures are always read in full, gives the same indicators.
     */
    @Test
    void afterWritesTheKeptFiguresTakeThemInAsReadingTheWholeRegisterAgainWould() {
        int f = economy(officer()).getInt("latestDueYear");
        double takenIn = computations("taken_in");
        double full = computations("full");

        // A new cooperative with a report of F: counted, in its cells.
        String id = register(EconomyMother.cooperative("Koperasi Simpan Pinjam Kept", "327504", "SIMPAN_PINJAM", "KUD", "2003-01-15"));
        file(id, EconomyMother.report(f, (f + 1) + "-02-10", 70, 30, 5, 700_000_000L, 100_000_000L, 1_200_000_000L, 3_000_000_000L, 50_000_000L));
        assertSameIndicators(f);
        // Its correction: other figures, another size class.
        correct(id, EconomyMother.report(f, (f + 1) + "-02-10", 70, 31, 5, 700_000_000L, 100_000_000L, 1_200_000_000L, 60_000_000_000L, 50_000_000L));
        assertSameIndicators(f);
        // A report of F-1 too: the counted one is still F's.
        file(id, EconomyMother.report(f - 1, f + "-03-01", 60, 25, 4, 600_000_000L, 0, 1_000_000_000L, 2_000_000_000L, 10_000_000L));
        assertSameIndicators(f);
        // Moved to another kecamatan and kelompok: the same figures in other cells.
        given().auth().oauth2(Tokens.officer()).contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body("{\"kecamatanCode\": \"327509\", \"kelompok\": \"OTHER\"}")
                .when().patch("/api/v1/cooperatives/" + id).then().statusCode(200);
        assertSameIndicators(f);
        // Dissolved: no longer counted.
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("dissolvedOn", LocalDate.parse(economy(officer()).getString("asOf")).toString(), "legalBasis", "Keputusan Rapat Anggota"))
                .when().post("/api/v1/cooperatives/" + id + "/dissolution").then().statusCode(200);
        assertSameIndicators(f);

        // Each write was taken in, and each picture with another trend start read the register in full.
        assertThat(computations("taken_in") - takenIn).isEqualTo(5);
        assertThat(computations("full") - full).isEqualTo(5);
    }

    /** Today's default picture (kept figures) and the one starting the trend a year later (read in full) agree. */
    private static void assertSameIndicators(int f) {
        JsonPath kept = economy(officer());
        JsonPath read = officer().queryParam("trendFrom", f - 3).when().get(PATH).then().statusCode(200).extract().jsonPath();
        for (String part : List.of("total", "byKecamatan", "byJenis", "byKelompok", "bySizeClass", "reportYears")) {
            assertThat((Object) kept.get(part)).as(part).isEqualTo(read.get(part));
        }
    }

    private double computations(String way) {
        String metrics = given().when().get(metricsUrl).then().statusCode(200).extract().asString();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                "(?m)^koperasi_economy_computations_total\\{[^}]*way=\"" + way + "\"[^}]*} ([0-9.eE+]+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.officer());
    }

    private static JsonPath economy(RequestSpecification as) {
        return as.when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Long> moved(long[] figures) {
        Map<String, Long> moved = new HashMap<>();
        moved.put("membersMale", figures[0]);
        moved.put("membersFemale", figures[1]);
        moved.put("members", figures[0] + figures[1]);
        moved.put("employees", figures[2]);
        moved.put("ownCapital", figures[3]);
        moved.put("externalCapital", figures[4]);
        moved.put("assets", figures[5]);
        moved.put("turnover", figures[6]);
        moved.put("surplus", figures[7]);
        return moved;
    }

    /** The expected cell moved by the figures; every other cell of the breakdown did not move at all. */
    private static void assertCells(JsonPath before, JsonPath after, String breakdown, String key, Map<String, Long> moved) {
        Map<String, Long> still = new HashMap<>();
        MEASURES.forEach(m -> still.put(m, 0L));
        for (String other : after.getList(breakdown + ".key", String.class)) {
            assertMoved(before, after, group(breakdown, other), other.equals(key) ? 1 : 0, other.equals(key) ? moved : still);
        }
    }

    private static void assertMoved(JsonPath before, JsonPath after, String cell, long cooperatives, Map<String, Long> moved) {
        assertMoved(before, after, cell, cooperatives, moved, "figures");
    }

    private static void assertMoved(JsonPath before, JsonPath after, String cell, long cooperatives, Map<String, Long> moved, String figures) {
        assertThat(count(after, cell + ".cooperatives")).as(cell).isEqualTo(count(before, cell + ".cooperatives") + cooperatives);
        for (String measure : MEASURES) {
            BigInteger was = total(before, cell + "." + figures + "." + measure + ".total");
            BigInteger is = total(after, cell + "." + figures + "." + measure + ".total");
            assertThat(is.subtract(was)).as(cell + " " + measure).isEqualTo(BigInteger.valueOf(moved.get(measure)));
        }
    }

    private static void assertFigure(JsonPath json, String cell, String measure, long total, Long median) {
        assertThat(total(json, cell + ".figures." + measure + ".total")).as(cell + " " + measure).isEqualTo(BigInteger.valueOf(total));
        assertThat(json.getLong(cell + ".figures." + measure + ".median")).as(cell + " median " + measure).isEqualTo(median);
    }

    private static void assertSuppressed(JsonPath json, String cell, String reason, long cooperatives) {
        assertThat(json.getString(cell + ".suppressed")).as(cell).isEqualTo(reason);
        assertThat(json.getLong(cell + ".cooperatives")).as(cell).isEqualTo(cooperatives);
        assertThat(json.getMap(cell + ".figures")).as(cell).isNull();
    }

    private static String group(String breakdown, String key) {
        return breakdown + ".find { it.key == '" + key + "' }";
    }

    private static long count(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigInteger total(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? BigInteger.ZERO : new BigInteger(value.toString());
    }
}
