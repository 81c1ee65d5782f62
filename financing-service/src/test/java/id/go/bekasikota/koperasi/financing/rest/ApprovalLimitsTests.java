package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.projection.CooperativeProjection;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.RegisteredCooperatives.eligible;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.as;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.asPartner;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.draft;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.forward;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A partner's decision and the office's recommendation are held to the program's limits and the
 * application's: 422 {@code rule-violation} listing every broken limit, nothing changed. The
 * program lends Rp 1 million to 500 million for 6 to 36 months at 6%; the application asks for
 * Rp 10 million over 12 months.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class ApprovalLimitsTests {

    static final String RULE_VIOLATION = "https://koperasi.bekasikota.go.id/problems/rule-violation";

    @Inject
    AdjustableClock clock;

    String partner;
    String program;
    UUID cooperative;
    String application;

    @BeforeEach
    void aForwardedApplication() {
        partner = FinancingProgramMother.partner();
        Map<String, Object> body = FinancingProgramMother.kurKecil(partner, LocalDate.now(clock).minusYears(1));
        body.put("minAmount", 1_000_000L);
        body.put("maxAmount", 500_000_000L);
        body.put("minTenorMonths", 6);
        body.put("maxTenorMonths", 36);
        program = FinancingProgramMother.register(body);
        cooperative = eligible(clock);
        application = draft(cooperative, program, 10_000_000, 12);
        forward(cooperative, application);
    }

    @Test
    void theProgramsRateCannotRiseNorItsMethodChangeUnderAForwardedApplicationWhichIsApprovedAtTheRateItWasMadeUnder() {
        String location = "/api/v1/financing-programs/" + program;
        Map<String, Object> body = FinancingProgramMother.kurKecil(partner, LocalDate.now(clock).minusYears(1));
        body.put("minAmount", 1_000_000L);
        body.put("maxAmount", 500_000_000L);
        body.put("minTenorMonths", 6);
        body.put("maxTenorMonths", 36);
        body.put("annualRate", 0.09);
        String etag = as(Tokens.officer()).when().get(location).then().statusCode(200).extract().header("ETag");
        as(Tokens.officer()).header("If-Match", etag).body(body).when().put(location).then().statusCode(409)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("Loan applications under way under the program's rate 0.06 and method DECLINING_BALANCE: 1."));
        body.put("annualRate", 0.06);
        body.put("method", "FLAT");
        as(Tokens.officer()).header("If-Match", etag).body(body).when().put(location).then().statusCode(409);
        body.put("method", "DECLINING_BALANCE");
        body.put("annualRate", 0.05);
        as(Tokens.officer()).header("If-Match", etag).body(body).when().put(location).then().statusCode(200)
                .body("annualRate", equalTo(0.05f));

        // Approved without a rate of its own: the program's, which only fell since the cooperative applied.
        decide(Map.of("decision", "APPROVE")).statusCode(200)
                .body("state", equalTo("APPROVED")).body("approvedAnnualRate", equalTo(0.05f));
    }

    ValidatableResponse decide(Map<String, Object> decision) {
        return asPartner(partner).body(decision)
                .when().post("/api/v1/partner/loan-applications/" + application + "/decision").then();
    }

    void stillForwarded() {
        as(Tokens.officer()).when().get("/api/v1/loan-applications/" + application)
                .then().statusCode(200).body("state", equalTo("FORWARDED")).body("approvedAmount", nullValue());
        as(Tokens.officer()).when().get("/api/v1/loan-applications/" + application + "/history")
                .then().body("items.toState", not(hasItem("APPROVED")));
    }

    @Test
    void anApprovalOfRp1000OnAProgramWhoseMinimumIsRp1MillionIsRefused() {
        decide(Map.of("decision", "APPROVE", "amount", 1_000))
                .statusCode(422).contentType("application/problem+json").body("type", equalTo(RULE_VIOLATION))
                .body("reasons", equalTo(List.of("Amount 1000 is below the program's minimum of 1000000.")))
                .body("errors.field", equalTo(List.of("amount")));
        stillForwarded();
    }

    @Test
    void anApprovalForOneMonthOnASixToThirtySixMonthProgramIsRefused() {
        decide(Map.of("decision", "APPROVE", "tenorMonths", 1))
                .statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("reasons", equalTo(List.of("Tenor of 1 month is below the program's minimum of 6 months.")))
                .body("errors.field", equalTo(List.of("tenorMonths")));
        stillForwarded();
    }

    @Test
    void everyBrokenLimitIsAReasonAtOnce() {
        decide(Map.of("decision", "APPROVE", "amount", 1_000, "tenorMonths", 1, "annualRate", 0.07))
                .statusCode(422).body("reasons", equalTo(List.of(
                        "Amount 1000 is below the program's minimum of 1000000.",
                        "Tenor of 1 month is below the program's minimum of 6 months.",
                        "Annual rate 0.07 is above the program's rate of 0.06.")))
                .body("errors.field", equalTo(List.of("amount", "tenorMonths", "annualRate")));
        decide(Map.of("decision", "APPROVE", "amount", 15_000_000, "tenorMonths", 24))
                .statusCode(422).body("reasons", equalTo(List.of(
                        "Amount 15000000 is more than the 10000000 asked.",
                        "Tenor of 24 months is longer than the 12 months asked.")));
        decide(Map.of("decision", "APPROVE", "amount", 600_000_000, "tenorMonths", 48))
                .statusCode(422).body("reasons", equalTo(List.of(
                        "Amount 600000000 is above the program's maximum of 500000000.",
                        "Amount 600000000 is more than the 10000000 asked.",
                        "Tenor of 48 months is above the program's maximum of 36 months.",
                        "Tenor of 48 months is longer than the 12 months asked.")));
        stillForwarded();
        // At the edges, less than asked and at a lower rate: approved.
        decide(Map.of("decision", "APPROVE", "amount", 1_000_000, "tenorMonths", 6, "annualRate", 0.05))
                .statusCode(200).body("state", equalTo("APPROVED")).body("approvedAmount", equalTo(1_000_000))
                .body("approvedTenorMonths", equalTo(6)).body("approvedAnnualRate", equalTo(0.05f));
    }

    @Test
    void aRecommendationOutsideTheProgramsLimitsIsRefused() {
        String second = draft(cooperative, program, 10_000_000, 12);
        submit(cooperative, second);
        as(Tokens.officer()).when().post("/api/v1/loan-applications/" + second + "/verify").then().statusCode(200);
        // The office narrows the program after the submission: 24 months at least.
        String etag = as(Tokens.officer()).when().get("/api/v1/financing-programs/" + program).then().extract().header("ETag");
        Map<String, Object> narrowed = FinancingProgramMother.kurKecil(partner, LocalDate.now(clock).minusYears(1));
        narrowed.put("minAmount", 1_000_000L);
        narrowed.put("minTenorMonths", 24);
        narrowed.put("maxTenorMonths", 36);
        as(Tokens.officer()).header("If-Match", etag).body(narrowed)
                .when().put("/api/v1/financing-programs/" + program).then().statusCode(200);
        as(Tokens.officer()).when().post("/api/v1/loan-applications/" + second + "/recommend")
                .then().statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("reasons", equalTo(List.of("Tenor of 12 months is below the program's minimum of 24 months.")));
        as(Tokens.officer()).when().get("/api/v1/loan-applications/" + second).then().body("state", equalTo("VERIFIED"));
    }

    @Test
    void aCooperativeNoLongerEligibleIsNotRecommended() {
        String second = draft(cooperative, program, 10_000_000, 12);
        submit(cooperative, second);
        as(Tokens.officer()).when().post("/api/v1/loan-applications/" + second + "/verify").then().statusCode(200);
        // After the submission the cooperative is dissolved (as the registry's event would write it into the projection).
        QuarkusTransaction.requiringNew().run(() -> CooperativeProjection.<CooperativeProjection>findById(cooperative).dissolvedOn = LocalDate.now(clock));
        as(Tokens.officer()).when().post("/api/v1/loan-applications/" + second + "/recommend")
                .then().statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("reasons", hasItem(org.hamcrest.Matchers.containsString("dissolved on " + LocalDate.now(clock))));
        as(Tokens.officer()).when().get("/api/v1/loan-applications/" + second).then().body("state", equalTo("VERIFIED"));
    }
}
