package id.go.bekasikota.koperasi.testsupport;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Loan applications walked through their lifecycle by the API, each step as the party that takes
 * it would: the cooperative drafts, attaches and submits; the office verifies, recommends and
 * forwards; the partner approves, disburses and reports repayments (each write with a fresh
 * {@code Idempotency-Key}). Every step expects success; a test about a refusal makes that call itself.
 */
public final class LoanApplicationMother {

    /** The bytes of a minimal PDF: the format is recognised from its first bytes. */
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private LoanApplicationMother() {
    }

    /** A JSON request with the token. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A partner's write: JSON, the token, a fresh Idempotency-Key. */
    public static RequestSpecification asPartner(String partnerId) {
        return as(Tokens.partner(partnerId)).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A DRAFT for the cooperative, opened by its own account; returns its id. */
    public static String draft(UUID cooperativeId, String programId, long amount, int tenorMonths) {
        return as(Tokens.cooperative(cooperativeId))
                .body(Map.of("programId", programId, "amount", amount, "tenorMonths", tenorMonths, "purpose", "Modal kerja"))
                .when().post("/api/v1/loan-applications")
                .then().statusCode(201).extract().path("id");
    }

    /** A PDF of the given type attached by the cooperative. */
    public static void attachPdf(UUID cooperativeId, String applicationId, String type) {
        given().auth().oauth2(Tokens.cooperative(cooperativeId)).contentType("application/pdf")
                .queryParam("type", type).queryParam("filename", type.toLowerCase() + ".pdf").body(PDF)
                .when().post("/api/v1/loan-applications/" + applicationId + "/documents")
                .then().statusCode(201);
    }

    /** Submitted by the cooperative. */
    public static void submit(UUID cooperativeId, String applicationId) {
        as(Tokens.cooperative(cooperativeId)).when().post("/api/v1/loan-applications/" + applicationId + "/submit")
                .then().statusCode(200);
    }

    /** Verified and recommended by the office (from SUBMITTED). */
    public static void recommend(String applicationId) {
        for (String action : List.of("verify", "recommend")) {
            as(Tokens.officer()).when().post("/api/v1/loan-applications/" + applicationId + "/" + action).then().statusCode(200);
        }
    }

    /** Submitted by the cooperative, then verified, recommended and forwarded by the office. */
    public static void forward(UUID cooperativeId, String applicationId) {
        submit(cooperativeId, applicationId);
        recommend(applicationId);
        as(Tokens.officer()).when().post("/api/v1/loan-applications/" + applicationId + "/forward").then().statusCode(200);
    }

    /** Approved by the partner as asked. */
    public static void approve(String partnerId, String applicationId) {
        asPartner(partnerId).body(Map.of("decision", "APPROVE"))
                .when().post("/api/v1/partner/loan-applications/" + applicationId + "/decision")
                .then().statusCode(200);
    }

    /** Disbursed by the partner on the date. */
    public static void disburse(String partnerId, String applicationId, LocalDate disbursedOn) {
        asPartner(partnerId).body(Map.of("disbursedOn", disbursedOn.toString(), "partnerReference", "DB-" + applicationId.substring(0, 8)))
                .when().post("/api/v1/partner/loan-applications/" + applicationId + "/disbursement")
                .then().statusCode(200);
    }

    /** Approved as asked and disbursed on the date by the partner. */
    public static void approveAndDisburse(String partnerId, String applicationId, LocalDate disbursedOn) {
        approve(partnerId, applicationId);
        disburse(partnerId, applicationId, disbursedOn);
    }

    /** A repayment reported by the partner. */
    public static void repay(String partnerId, String applicationId, long amount, LocalDate paidOn, String reference) {
        asPartner(partnerId).body(Map.of("amount", amount, "paidOn", paidOn.toString(), "partnerReference", reference))
                .when().post("/api/v1/partner/loan-applications/" + applicationId + "/repayments")
                .then().statusCode(201);
    }
}
