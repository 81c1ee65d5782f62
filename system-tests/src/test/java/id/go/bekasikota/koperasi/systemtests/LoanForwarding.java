package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.DueYear;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Takes a loan application through the gateway from registration to its forwarding to a partner. */
final class LoanForwarding {

    /** The application forwarded and its cooperative. */
    record Forwarded(String applicationId, String cooperativeId) {
    }

    private LoanForwarding() {
    }

    /** A new eligible cooperative applies to a program of {@code partner}; the office forwards it. */
    static Forwarded toPartner(String partner) {
        String cooperative = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of(
                        "cooperativeNumber", CooperativeNumbers.unique(), "name", "Koperasi Jasa Webhook " + UUID.randomUUID(),
                        "jenis", "JASA", "bentuk", "PRIMER", "kelompok", "COMMUNITY", "kecamatanCode", "327509", "foundedOn", "2010-01-15"))
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id");
        // Reports for F-1 and F as of the office's today (the run's office clock, OfficeClockStart), so the
        // cooperative is eligible whatever the date of the run.
        int latestDueYear = DueYear.asOf(OfficeClockStart.today());
        for (int year : new int[]{latestDueYear - 1, latestDueYear}) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of(
                            "financialYear", year, "meetingDate", (year + 1) + "-02-14", "membersMale", 40, "membersFemale", 45,
                            "employees", 3, "ownCapital", 800_000_000L, "externalCapital", 100_000_000L,
                            "assets", 1_200_000_000L, "turnover", 700_000_000L, "surplus", 60_000_000L))
                    .when().post("/api/v1/cooperatives/" + cooperative + "/annual-reports").then().statusCode(201);
        }
        String program = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.ofEntries(
                        Map.entry("partnerId", partner), Map.entry("partnerName", "Bank " + partner), Map.entry("partnerKind", "BANK"),
                        Map.entry("name", "KUR Mikro " + partner), Map.entry("scheme", "KUR_MIKRO"), Map.entry("annualRate", 0.06),
                        Map.entry("method", "FLAT"), Map.entry("minAmount", 5_000_000), Map.entry("maxAmount", 100_000_000),
                        Map.entry("minTenorMonths", 6), Map.entry("maxTenorMonths", 36), Map.entry("allowedJenis", List.of("JASA")),
                        Map.entry("opensOn", "2026-01-01"), Map.entry("requiredDocuments", List.of())))
                .when().post("/api/v1/financing-programs").then().statusCode(201).extract().path("id");
        String eligibility = "/api/v1/loan-eligibility?programId=" + program + "&amount=50000000&tenorMonths=12";
        UUID cooperativeId = UUID.fromString(cooperative);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(Tokens.cooperative(cooperativeId)).when().get(eligibility)
                        .then().statusCode(200).body("eligible", equalTo(true)));
        String application = given().auth().oauth2(Tokens.cooperative(cooperativeId)).contentType(ContentType.JSON)
                .body(Map.of("programId", program, "amount", 50_000_000, "tenorMonths", 12, "purpose", "Modal kerja jasa"))
                .when().post("/api/v1/loan-applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.cooperative(cooperativeId)).contentType(ContentType.JSON)
                .when().post("/api/v1/loan-applications/" + application + "/submit").then().statusCode(200);
        for (String action : new String[]{"verify", "recommend", "forward"}) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                    .when().post("/api/v1/loan-applications/" + application + "/" + action).then().statusCode(200);
        }
        return new Forwarded(application, cooperative);
    }
}
