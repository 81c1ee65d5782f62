package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A soft loan through the gateway: a cooperative registered in the registry becomes eligible in
 * financing from the registry's events alone, applies, is recommended, approved by its partner
 * bank, disbursed and repays.
 */
@ExtendWith(SuiteExtension.class)
class FinancingIT {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes();

    @Test
    void aRegisteredCooperativeBorrowsThroughThePartnerApi() {
        // The packaged suite runs on the run's office clock (OfficeClockStart): the years come from its today. F, the latest due financial
        // year (DESIGN.md 3.1), by hand: last year from 1 July on, the year before last until 30 June.
        LocalDate today = OfficeClockStart.today();
        int latestDueYear = today.getMonthValue() >= 7 ? today.getYear() - 1 : today.getYear() - 2;
        // The register: a savings-and-loan cooperative founded in 2012 with its RAT reports for F-1 and F.
        String id = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of(
                        "cooperativeNumber", CooperativeNumbers.unique(),
                        "name", "Koperasi Simpan Pinjam Harapan " + UUID.randomUUID().toString().substring(0, 6),
                        "jenis", "SIMPAN_PINJAM", "bentuk", "PRIMER", "kelompok", "COMMUNITY", "savingsLoanScope", "OPEN_LOOP",
                        "kbliCode", "64141", "kbliEdition", "2020", "kecamatanCode", "327503", "foundedOn", "2012-05-02"))
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
        UUID cooperative = UUID.fromString(id);
        String partner = "bank-bjb-" + UUID.randomUUID().toString().substring(0, 6);
        String program = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.ofEntries(
                        Map.entry("partnerId", partner), Map.entry("partnerName", "Bank BJB"), Map.entry("partnerKind", "BANK"),
                        Map.entry("name", "KUR Kecil 2026"), Map.entry("scheme", "KUR_KECIL"), Map.entry("annualRate", 0.06),
                        Map.entry("method", "DECLINING_BALANCE"), Map.entry("minAmount", 10_000_000),
                        Map.entry("maxAmount", 500_000_000), Map.entry("minTenorMonths", 6), Map.entry("maxTenorMonths", 60),
                        Map.entry("allowedJenis", java.util.List.of("SIMPAN_PINJAM")), Map.entry("opensOn", today.minusYears(1).toString()),
                        Map.entry("requiredDocuments", java.util.List.of("PROPOSAL"))))
                .when().post("/api/v1/financing-programs").then().statusCode(201).extract().path("id");

        // Without reports the cooperative is not eligible; financing learns of the reports from events alone.
        String eligibility = "/api/v1/loan-eligibility?programId=" + program + "&amount=100000000&tenorMonths=24";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.cooperative(cooperative)).when().get(eligibility)
                        .then().statusCode(200).body("eligible", equalTo(false))
                        .body("checks.find { it.rule == 'ACTIVE' }.outcome", equalTo("FAILED")));
        for (int year : new int[]{latestDueYear - 1, latestDueYear}) {
            given().auth().oauth2(Tokens.cooperative(cooperative)).contentType(ContentType.JSON).body(Map.of(
                            "financialYear", year, "meetingDate", (year + 1) + "-03-20", "membersMale", 140, "membersFemale", 160,
                            "employees", 6, "ownCapital", 2_400_000_000L, "externalCapital", 600_000_000L,
                            "assets", 3_500_000_000L, "turnover", 1_100_000_000L, "surplus", 180_000_000L))
                    .when().post("/api/v1/cooperatives/" + id + "/annual-reports").then().statusCode(201);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.cooperative(cooperative)).when().get(eligibility)
                        .then().statusCode(200).body("eligible", equalTo(true)));

        // The cooperative applies with its proposal; the office verifies, recommends and forwards.
        String application = given().auth().oauth2(Tokens.cooperative(cooperative)).contentType(ContentType.JSON)
                .body(Map.of("programId", program, "amount", 100_000_000, "tenorMonths", 24, "purpose", "Modal pinjaman anggota"))
                .when().post("/api/v1/loan-applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.cooperative(cooperative)).contentType("application/pdf").queryParam("type", "PROPOSAL").body(PDF)
                .when().post("/api/v1/loan-applications/" + application + "/documents").then().statusCode(201);
        given().auth().oauth2(Tokens.cooperative(cooperative)).contentType(ContentType.JSON)
                .when().post("/api/v1/loan-applications/" + application + "/submit").then().statusCode(200);
        for (String action : new String[]{"verify", "recommend", "forward"}) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                    .when().post("/api/v1/loan-applications/" + application + "/" + action).then().statusCode(200);
        }

        // The bank sees it through the partner API, approves less, disburses; a retried call changes nothing.
        given().auth().oauth2(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications")
                .then().statusCode(200).body("items.id", hasItem(application));
        given().auth().oauth2(Tokens.partner("another-bank")).when().get("/api/v1/partner/loan-applications/" + application)
                .then().statusCode(404).contentType("application/problem+json");
        // Below the program's minimum and shorter than its minimum tenor: refused with both reasons.
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("decision", "APPROVE", "amount", 1_000, "tenorMonths", 1))
                .when().post("/api/v1/partner/loan-applications/" + application + "/decision")
                .then().statusCode(422).contentType("application/problem+json")
                .body("reasons", equalTo(java.util.List.of("Amount 1000 is below the program's minimum of 10000000.",
                        "Tenor of 1 month is below the program's minimum of 6 months.")));
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("decision", "APPROVE", "amount", 80_000_000, "tenorMonths", 24))
                .when().post("/api/v1/partner/loan-applications/" + application + "/decision")
                .then().statusCode(200).body("state", equalTo("APPROVED"));
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("disbursedOn", today.toString(), "partnerReference", "BJB/DB/" + application.substring(0, 8)))
                    .when().post("/api/v1/partner/loan-applications/" + application + "/disbursement")
                    .then().statusCode(200).body("state", equalTo("DISBURSED"))
                    .header("Idempotent-Replayed", String.valueOf(attempt == 1));
        }
        JsonPath schedule = given().auth().oauth2(Tokens.partner(partner))
                .when().get("/api/v1/partner/loan-applications/" + application + "/schedule")
                .then().statusCode(200).body("amount", equalTo(80_000_000))
                // By hand: r = 0.5%; installment = round(80,000,000 x 0.005 / (1 - 1.005^-24)) = round(3,545,648.82...)
                // = 3,545,649; month 1 interest 80,000,000 x 0.005 = 400,000, principal 3,145,649.
                .body("installments[0].amount", equalTo(3_545_649)).body("installments[0].interest", equalTo(400_000))
                .body("installments[0].principal", equalTo(3_145_649))
                .extract().jsonPath();
        long first = schedule.getLong("installments[0].amount");
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("amount", first, "paidOn", today.toString(), "partnerReference", "BJB/RP/1"))
                .when().post("/api/v1/partner/loan-applications/" + application + "/repayments")
                .then().statusCode(201).body("allocation[0].installment", equalTo(1));

        // The cooperative and the office see the loan repaying; the portfolio counts it.
        given().auth().oauth2(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + application)
                .then().statusCode(200).body("state", equalTo("REPAYING"))
                .body("outstandingPrincipal", equalTo((int) (80_000_000 - schedule.getLong("installments[0].principal"))));
        given().auth().oauth2(Tokens.auditor()).when().get("/api/v1/portfolio?partnerId=" + partner)
                .then().statusCode(200).body("loans", equalTo(1)).body("disbursedTotal", equalTo(80_000_000));
    }
}
