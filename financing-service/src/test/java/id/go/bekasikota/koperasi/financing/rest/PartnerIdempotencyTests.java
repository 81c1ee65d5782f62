package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.RegisteredCooperatives.eligible;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.approveAndDisburse;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.as;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.draft;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.forward;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Banks retry: the same key and body get the first answer, another body with the key is refused. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class PartnerIdempotencyTests {

    @Inject
    AdjustableClock clock;

    String program(String partnerId) {
        return FinancingProgramMother.register(FinancingProgramMother.kurKecil(partnerId, LocalDate.now(clock).minusYears(1)));
    }

    @Test
    void aRetriedRepaymentIsRecordedOnceAndAnsweredTheSame() {
        UUID cooperative = eligible(clock);
        String partner = FinancingProgramMother.partner();
        String id = draft(cooperative, program(partner), 12_000_000, 12);
        forward(cooperative, id);
        LocalDate today = LocalDate.now(clock);
        approveAndDisburse(partner, id, today);
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\": 1000000, \"paidOn\": \"" + today + "\", \"partnerReference\": \"RP-A\"}";

        Response first = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/partner/loan-applications/" + id + "/repayments");
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        Response retry = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/partner/loan-applications/" + id + "/repayments");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        // The Location names the repayment, readable there by the bank; not by another bank.
        assertThat(first.header("Location")).endsWith("/api/v1/partner/loan-applications/" + id + "/repayments/" + first.jsonPath().getString("id"));
        as(Tokens.partner(partner)).when().get(first.header("Location")).then().statusCode(200)
                .body("id", equalTo(first.jsonPath().getString("id"))).body("amount", equalTo(1_000_000)).body("partnerReference", equalTo("RP-A"));
        as(Tokens.partner(FinancingProgramMother.partner())).when().get(first.header("Location")).then().statusCode(404);
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id + "/repayments/" + UUID.randomUUID()).then().statusCode(404);
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id + "/repayments")
                .then().body("items", hasSize(1)).body("page.totalItems", equalTo(1));

        // The same key with another body: refused, nothing recorded.
        as(Tokens.partner(partner)).header("Idempotency-Key", key)
                .body("{\"amount\": 2000000, \"paidOn\": \"" + today + "\", \"partnerReference\": \"RP-A\"}")
                .when().post("/api/v1/partner/loan-applications/" + id + "/repayments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/idempotency-key-reused"));
        // A new key for a payment already booked under the partner's reference: a double booking, refused.
        as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/partner/loan-applications/" + id + "/repayments")
                .then().statusCode(409).body("existingId", equalTo(first.jsonPath().getString("id")));
        // No key at all.
        as(Tokens.partner(partner)).body(body.replace("RP-A", "RP-B"))
                .when().post("/api/v1/partner/loan-applications/" + id + "/repayments")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id + "/repayments")
                .then().body("items", hasSize(1));
    }

    @Test
    void aRetriedDecisionAfterTheStateMovedOnStillGetsTheFirstAnswer() {
        UUID cooperative = eligible(clock);
        String partner = FinancingProgramMother.partner();
        String id = draft(cooperative, program(partner), 12_000_000, 12);
        forward(cooperative, id);
        String key = UUID.randomUUID().toString();
        String decline = "{\"decision\": \"DECLINE\", \"reason\": \"Agunan tidak cukup\"}";
        String first = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(decline)
                .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                .then().statusCode(200).body("state", equalTo("DECLINED")).extract().asString();
        String again = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(decline)
                .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        // Another key: a real second decision, refused by the state machine.
        as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString()).body(decline)
                .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                .then().statusCode(409).body("currentState", equalTo("DECLINED"));
        // Keys are per partner: another partner's same key is its own (and finds nothing of ours).
        String otherPartner = FinancingProgramMother.partner();
        as(Tokens.partner(otherPartner)).header("Idempotency-Key", key).body(decline)
                .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                .then().statusCode(404);
    }
}
