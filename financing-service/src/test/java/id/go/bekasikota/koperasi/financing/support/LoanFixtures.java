package id.go.bekasikota.koperasi.financing.support;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Cooperatives as the registry's events bring them, programs, and applications walked through
 * their lifecycle by the API, for the financing tests.
 */
public final class LoanFixtures {

    /** The bytes of a minimal PDF: what counts is its first bytes. */
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private LoanFixtures() {
    }

    /**
     * A cooperative founded in 2015 with positive-SHU reports for the given years (meeting in
     * March of the next year), registered through a registry event; returns once the projection has it.
     */
    public static UUID eligibleCooperative(String jenis, String kbli, int... reportYears) {
        UUID id = UUID.randomUUID();
        List<AnnualReportSummary> reports = Arrays.stream(reportYears)
                .mapToObj(y -> new AnnualReportSummary(y, LocalDate.of(y + 1, 3, 15), 60, 55, 4, 900_000_000L,
                        200_000_000L, 1_500_000_000L, 2_000_000_000L, 75_000_000L))
                .toList();
        CooperativeSnapshot snapshot = new CooperativeSnapshot(id, 1, CooperativeNumbers.unique(),
                "Koperasi Uji " + id.toString().substring(0, 8), jenis, "PRIMER", "COMMUNITY", kbli, "327501",
                LocalDate.of(2015, 4, 1), null, reports);
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            producer.send(Topics.REGISTRY_COOPERATIVE, id.toString(), UUID.randomUUID().toString(),
                    EventTypes.COOPERATIVE_REGISTERED, id.toString(), 1, JSON.writeValueAsString(new CooperativeRegistered(snapshot)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> CooperativeProjection.findById(id) != null));
        return id;
    }

    /** A program of the partner, open since 2025, 6% declining balance, Rp 10-500 million, 6-60 months. */
    public static String program(String partnerId, String... requiredDocuments) {
        String documents = String.join(",", Arrays.stream(requiredDocuments).map(d -> "\"" + d + "\"").toList());
        return given().header("Authorization", Tokens.bearer(Tokens.officer())).contentType(ContentType.JSON).body("""
                        {"partnerId": "%s", "partnerName": "Bank %s", "partnerKind": "BANK", "name": "KUR %s",
                         "scheme": "KUR_KECIL", "annualRate": 0.06, "method": "DECLINING_BALANCE",
                         "minAmount": 10000000, "maxAmount": 500000000, "minTenorMonths": 6, "maxTenorMonths": 60,
                         "allowedJenis": [], "allowedKbliPrefixes": [], "opensOn": "2025-01-01",
                         "requiredDocuments": [%s]}""".formatted(partnerId, partnerId, partnerId, documents))
                .when().post("/api/v1/financing-programs")
                .then().statusCode(201).extract().path("id");
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON);
    }

    public static String officer() {
        return Tokens.officer();
    }

    /** A DRAFT for the cooperative, created by its own account. */
    public static String draft(UUID cooperativeId, String programId, long amount, int tenorMonths) {
        return as(Tokens.cooperative(cooperativeId)).body("""
                        {"programId": "%s", "amount": %d, "tenorMonths": %d, "purpose": "Modal kerja"}"""
                        .formatted(programId, amount, tenorMonths))
                .when().post("/api/v1/loan-applications")
                .then().statusCode(201).extract().path("id");
    }

    public static void attachPdf(UUID cooperativeId, String applicationId, String type) {
        given().header("Authorization", Tokens.bearer(Tokens.cooperative(cooperativeId))).contentType("application/pdf")
                .queryParam("type", type).queryParam("filename", type.toLowerCase() + ".pdf").body(PDF)
                .when().post("/api/v1/loan-applications/" + applicationId + "/documents")
                .then().statusCode(201);
    }

    /** Submitted by the cooperative, then verified, recommended and forwarded by the office. */
    public static void forward(UUID cooperativeId, String applicationId) {
        as(Tokens.cooperative(cooperativeId)).when().post("/api/v1/loan-applications/" + applicationId + "/submit")
                .then().statusCode(200);
        for (String action : List.of("verify", "recommend", "forward")) {
            as(officer()).when().post("/api/v1/loan-applications/" + applicationId + "/" + action).then().statusCode(200);
        }
    }

    /** Approved as asked and disbursed on the date by the partner. */
    public static void approveAndDisburse(String partnerId, String applicationId, LocalDate disbursedOn) {
        as(Tokens.partner(partnerId)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"decision\": \"APPROVE\"}")
                .when().post("/api/v1/partner/loan-applications/" + applicationId + "/decision")
                .then().statusCode(200);
        as(Tokens.partner(partnerId)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"disbursedOn\": \"" + disbursedOn + "\", \"partnerReference\": \"DB-" + applicationId.substring(0, 8) + "\"}")
                .when().post("/api/v1/partner/loan-applications/" + applicationId + "/disbursement")
                .then().statusCode(200);
    }

    /** A repayment reported by the partner with a fresh key; returns the response's state of the application after. */
    public static void repay(String partnerId, String applicationId, long amount, LocalDate paidOn, String reference) {
        as(Tokens.partner(partnerId)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\": " + amount + ", \"paidOn\": \"" + paidOn + "\", \"partnerReference\": \"" + reference + "\"}")
                .when().post("/api/v1/partner/loan-applications/" + applicationId + "/repayments")
                .then().statusCode(201);
    }
}
