package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.within;

/**
 * The office's report: the dashboard and the worklist as XLSX (read back with Apache POI) and as a
 * one-page PDF (rendered to an image and its text extracted with PDFBox), against the JSON of the same moment.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class OfficeReportTests {

    private static final LocalDate TODAY = OfficeClockStart.today();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final List<String> KECAMATAN = List.of("Bekasi Timur", "Bekasi Barat", "Bekasi Utara", "Bekasi Selatan",
            "Rawalumbu", "Medansatria", "Bantargebang", "Pondokgede", "Jatiasih", "Jatisampurna", "Mustikajaya", "Pondokmelati");

    @Test
    void theDashboardWorkbookHasItsSheetsTypedCellsAndTheTotalsOfTheJson() throws IOException {
        register(ActivationWorklistTests.dormant("327502", "JASA", "OTHER"));
        JsonPath json = given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
        ExtractableResponse<Response> answer = given().accept(XLSX).when().get("/api/v1/statistics/activation")
                .then().statusCode(200).contentType(XLSX).extract();
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"aktivasi-koperasi-kota-bekasi-" + TODAY + ".xlsx\"");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()))) {
            assertThat(sheetNames(workbook)).containsExactly("Ringkasan", "Per kecamatan", "Per jenis", "Per kelompok", "Tren");
            Sheet summary = workbook.getSheet("Ringkasan");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Keterangan");
            assertThat(summary.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);
            assertThat(valueOf(summary, "Koperasi terdaftar (belum dibubarkan)")).isEqualTo(json.getLong("total.registered"));
            assertThat(valueOf(summary, "Aktif")).isEqualTo(json.getLong("total.active"));
            assertThat(valueOf(summary, "Kesenjangan ke target (koperasi)")).isEqualTo(json.getLong("total.gap"));

            Sheet kecamatan = workbook.getSheet("Per kecamatan");
            assertThat(kecamatan.getPaneInformation().isFreezePane()).isTrue();
            assertThat(kecamatan.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(kecamatan.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Terdaftar");
            long registered = 0;
            long active = 0;
            for (int r = 1; r <= 12; r++) {
                Row row = kecamatan.getRow(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(json.getString("byKecamatan[" + (r - 1) + "].key"));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(KECAMATAN.get(r - 1));
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(json.getLong("byKecamatan[" + (r - 1) + "].figures.registered"));
                assertThat(row.getCell(9).getNumericCellValue())
                        .isCloseTo(new BigDecimal(json.getString("byKecamatan[" + (r - 1) + "].figures.ratio")).doubleValue(), within(1e-9));
                assertThat(row.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                registered += (long) row.getCell(2).getNumericCellValue();
                active += (long) row.getCell(3).getNumericCellValue();
            }
            Row total = kecamatan.getRow(13);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Seluruh Kota Bekasi");
            assertThat(kecamatan.getRow(15).getCell(1).getStringCellValue()).startsWith("Jumlah koperasi pada baris Seluruh Kota Bekasi");
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(json.getLong("total.registered")).isEqualTo(registered);
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(json.getLong("total.active")).isEqualTo(active);
            assertThat((long) total.getCell(10).getNumericCellValue()).isEqualTo(json.getLong("total.gap"));

            Sheet jenis = workbook.getSheet("Per jenis");
            assertThat(jenis.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Simpan pinjam");
            assertThat((long) jenis.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(json.getLong("total.inactive"));

            Sheet trend = workbook.getSheet("Tren");
            List<Integer> years = json.getList("trend.year", Integer.class);
            assertThat(trend.getLastRowNum()).isEqualTo(years.size());
            // A year reads as written in an Indonesian spreadsheet, not grouped as a count is ("2.025").
            DataFormatter indonesian = new DataFormatter(Locale.forLanguageTag("id-ID"));
            Row dueYear = summary.getRow(2);
            assertThat(dueYear.getCell(0).getStringCellValue()).isEqualTo("Tahun buku wajib RAT terakhir (F)");
            assertThat(indonesian.formatCellValue(dueYear.getCell(1))).isEqualTo(json.getString("latestDueYear"));
            assertThat(dueYear.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            for (int i = 0; i < years.size(); i++) {
                assertThat((int) trend.getRow(i + 1).getCell(0).getNumericCellValue()).isEqualTo(years.get(i));
                assertThat(indonesian.formatCellValue(trend.getRow(i + 1).getCell(0))).isEqualTo(String.valueOf(years.get(i)));
                assertThat(indonesian.formatCellValue(trend.getRow(i + 1).getCell(2))).isEqualTo(json.getString("trend[" + i + "].latestDueYear"));
                assertThat((long) trend.getRow(i + 1).getCell(4).getNumericCellValue()).isEqualTo(json.getLong("trend[" + i + "].figures.active"));
            }
        }
    }

    @Test
    void theWorklistWorkbookHoldsEveryStepRankedWithTheSummaryOfTheJson() throws IOException {
        register(ActivationWorklistTests.dormant("327502", "JASA", "OTHER"));
        Map<String, String> scope = Map.of("kecamatan", "327502");
        JsonPath json = given().auth().oauth2(Tokens.auditor()).queryParams(scope).queryParam("size", 100)
                .when().get("/api/v1/statistics/activation/worklist").then().statusCode(200).extract().jsonPath();
        ExtractableResponse<Response> answer = given().auth().oauth2(Tokens.auditor()).accept(XLSX).queryParams(scope)
                .when().get("/api/v1/statistics/activation/worklist").then().statusCode(200).contentType(XLSX).extract();
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"daftar-kerja-aktivasi-" + TODAY + "-327502.xlsx\"");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()))) {
            assertThat(sheetNames(workbook)).containsExactly("Ringkasan", "Daftar kerja");
            Sheet summary = workbook.getSheet("Ringkasan");
            assertThat(summary.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Kecamatan Bekasi Barat");
            assertThat(valueOf(summary, "Koperasi terdaftar (belum dibubarkan)")).isEqualTo(json.getLong("registered"));
            assertThat(valueOf(summary, "Aktif")).isEqualTo(json.getLong("active"));
            assertThat(valueOf(summary, "Kesenjangan: langkah pertama yang mencapai target")).isEqualTo(json.getLong("gap"));

            Sheet list = workbook.getSheet("Daftar kerja");
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getLastRowNum()).isEqualTo(json.getInt("inactive"));
            List<Map<String, Object>> items = json.getList("items");
            for (int i = 0; i < items.size(); i++) {
                Row row = list.getRow(i + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(items.get(i).get("name"));
                assertThat((int) row.getCell(10).getNumericCellValue()).isEqualTo(json.getInt("items[" + i + "].step.financialYear"));
                assertThat(new DataFormatter(Locale.forLanguageTag("id-ID")).formatCellValue(row.getCell(10)))
                        .as("a year, not grouped as a count").isEqualTo(json.getString("items[" + i + "].step.financialYear"));
                assertThat(row.getCell(12).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);
                assertThat(row.getCell(13).getNumericCellValue())
                        .isCloseTo(new BigDecimal(json.getString("items[" + i + "].ratioAfter")).doubleValue(), within(1e-9));
                assertThat((long) row.getCell(14).getNumericCellValue()).isEqualTo(json.getLong("items[" + i + "].gapAfter"));
            }
        }
    }

    @Test
    void theDashboardPdfIsOnePageWithTheChartAndTheFiguresByKecamatan() throws IOException {
        JsonPath json = given().when().get("/api/v1/statistics/activation").then().statusCode(200).extract().jsonPath();
        ExtractableResponse<Response> answer = given().accept("application/pdf").when().get("/api/v1/statistics/activation")
                .then().statusCode(200).contentType("application/pdf").extract();
        assertThat(answer.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"aktivasi-koperasi-kota-bekasi-" + TODAY + ".pdf\"");

        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            assertThat(page.getWidth()).isEqualTo(595);
            keep("dashboard", answer.asByteArray(), pdf);
            // The chart's line is drawn in blue (0x1F5F9F) in the upper half of the page.
            assertThat(pixels(page, 0, page.getHeight() / 2, rgb -> Math.abs(((rgb >> 16) & 0xFF) - 0x1F) < 40
                    && Math.abs((rgb & 0xFF) - 0x9F) < 40 && (rgb & 0xFF) > ((rgb >> 16) & 0xFF) + 60)).isGreaterThan(100);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Laporan Aktivasi Koperasi Kota Bekasi").contains("Tren rasio aktif").contains("Per kecamatan")
                    .contains(indonesianDate(TODAY))
                    .contains(number(json.getLong("total.registered"))).contains(number(json.getLong("total.active")))
                    .contains(percent(json.getString("total.ratio"))).contains(number(json.getLong("total.gap")) + " koperasi");
            for (int i = 0; i < 12; i++) {
                String line = KECAMATAN.get(i) + " " + number(json.getLong("byKecamatan[" + i + "].figures.registered")) + " "
                        + number(json.getLong("byKecamatan[" + i + "].figures.active"));
                assertThat(text).contains(line);
            }
        }
    }

    @Test
    void aLinkInAPageAsksForTheReportByFormatAndEveryAnswerVariesWithAccept() throws IOException {
        // A browser following a link sends its own Accept (HTML first, then anything): format= chooses.
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        byte[] pdf = given().accept(browser).queryParam("format", "pdf").when().get("/api/v1/statistics/activation")
                .then().statusCode(200).contentType("application/pdf").header("Vary", containsString("Accept"))
                .header("Content-Disposition", "attachment; filename=\"aktivasi-koperasi-kota-bekasi-" + TODAY + ".pdf\"")
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().accept(browser).when().get("/api/v1/statistics/activation").then().statusCode(200)
                .contentType("application/json").header("Vary", containsString("Accept"));
        given().auth().oauth2(Tokens.officer()).accept(browser).queryParam("format", "XLSX")
                .when().get("/api/v1/statistics/activation/worklist").then().statusCode(200).contentType(XLSX)
                .header("Vary", containsString("Accept"));
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/statistics/activation/worklist").then().statusCode(200)
                .contentType("application/json").header("Vary", containsString("Accept"));
        given().queryParam("format", "docx").when().get("/api/v1/statistics/activation").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    @Test
    void theWorklistPdfShowsTheFiguresAndTheFirstSteps() throws IOException {
        register(ActivationWorklistTests.dormant("327508", "JASA", "OTHER"));
        JsonPath json = given().auth().oauth2(Tokens.officer()).queryParam("kecamatan", "327508").queryParam("size", 30)
                .when().get("/api/v1/statistics/activation/worklist").then().statusCode(200).extract().jsonPath();
        byte[] bytes = given().auth().oauth2(Tokens.officer()).accept("application/pdf").queryParam("kecamatan", "327508")
                .when().get("/api/v1/statistics/activation/worklist").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            assertThat(page.getHeight()).isEqualTo(841);
            keep("worklist", bytes, pdf);
            // The table's header is shaded grey (0xEEEEEE) under the figures.
            assertThat(pixels(page, 0, page.getHeight() / 2, rgb -> rgb == 0xEEEEEE)).isGreaterThan(2_000);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Daftar Kerja Menuju Target 65,00%").contains("Kecamatan Pondokgede")
                    .contains(number(json.getLong("registered"))).contains(percent(json.getString("ratio")));
            List<Map<String, Object>> items = json.getList("items");
            for (int i = 0; i < items.size(); i++) {
                assertThat(text).contains((i + 1) + " ").contains(percent(json.getString("items[" + i + "].ratioAfter")));
            }
        }
    }

    /** A scope no cooperative is in has nothing to reach: the PDF says so, not "target reached" beside a ratio of 0. */
    @Test
    void theWorklistPdfOfAnEmptyScopeSaysNoCooperativeIsInIt() throws IOException {
        // Before the register's first founding (the tests register cooperatives founded from 1990 on).
        given().auth().oauth2(Tokens.officer()).queryParam("asOf", "1950-01-01")
                .when().get("/api/v1/statistics/activation/worklist").then().statusCode(200)
                .body("registered", org.hamcrest.Matchers.equalTo(0)).body("gap", org.hamcrest.Matchers.equalTo(0));
        byte[] bytes = given().auth().oauth2(Tokens.officer()).accept("application/pdf").queryParam("asOf", "1950-01-01")
                .when().get("/api/v1/statistics/activation/worklist").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Tidak ada koperasi terdaftar dalam lingkup ini.").doesNotContain("tercapai");
        }
    }

    /** The document and its page as a picture, under target/office-report, for a person to look at. */
    private static void keep(String name, byte[] bytes, PDDocument pdf) throws IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "office-report"));
        java.nio.file.Files.write(folder.resolve(name + ".pdf"), bytes);
        javax.imageio.ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png", folder.resolve(name + ".png").toFile());
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static long valueOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                assertThat(row.getCell(1).getCellType()).as(label).isEqualTo(CellType.NUMERIC);
                return (long) row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static long pixels(BufferedImage image, int fromY, int toY, java.util.function.IntPredicate colour) {
        long count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += colour.test(image.getRGB(x, y) & 0xFFFFFF) ? 1 : 0;
            }
        }
        return count;
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(INDONESIA).format(value);
    }

    private static String percent(String ratio) {
        return String.format(INDONESIA, "%.2f%%", new BigDecimal(ratio).multiply(BigDecimal.valueOf(100)));
    }

    private static String indonesianDate(LocalDate date) {
        List<String> months = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember");
        return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " " + date.getYear();
    }
}
