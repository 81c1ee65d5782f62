package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.approveAndDisburse;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.as;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.attachPdf;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.draft;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.eligibleCooperative;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.forward;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.officer;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.program;
import static id.go.bekasikota.koperasi.financing.support.LoanFixtures.repay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Whole loans through the API on real PostgreSQL and Kafka: one settled, one defaulted. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class LoanLifecycleTests {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLoanGoesFromDraftToSettled() {
        UUID cooperative = eligibleCooperative("PRODUSEN", "32400", 2024, 2025);
        String partner = "bank-" + UUID.randomUUID().toString().substring(0, 6);
        String program = program(partner, "PROPOSAL");
        try (EventLog events = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.FINANCING_LOAN_APPLICATION)) {
            String id = draft(cooperative, program, 15_000_000, 12);
            as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id)
                    .then().statusCode(200).body("state", equalTo("DRAFT"))
                    .body("nextStates", equalTo(List.of("SUBMITTED", "WITHDRAWN")));

            // Required document missing: refused with the reason, nothing changes.
            as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + id + "/submit")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("reasons", hasItem(containsString("PROPOSAL")));
            attachPdf(cooperative, id, "PROPOSAL");
            as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + id + "/submit")
                    .then().statusCode(200).body("state", equalTo("SUBMITTED"));

            // The office returns it; the cooperative corrects and resubmits.
            as(officer()).body("{}").when().post("/api/v1/loan-applications/" + id + "/return")
                    .then().statusCode(400).body("errors[0].field", equalTo("reason"));
            as(officer()).body("{\"reason\": \"Proposal belum ditandatangani\"}")
                    .when().post("/api/v1/loan-applications/" + id + "/return")
                    .then().statusCode(200).body("state", equalTo("RETURNED"));
            String etag = as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id).then().extract().header("ETag");
            as(Tokens.cooperative(cooperative)).body("{\"amount\": 14000000}")
                    .when().patch("/api/v1/loan-applications/" + id).then().statusCode(428);
            as(Tokens.cooperative(cooperative)).header("If-Match", etag).body("{\"amount\": 14000000}")
                    .when().patch("/api/v1/loan-applications/" + id).then().statusCode(200).body("requestedAmount", equalTo(14_000_000));
            as(Tokens.cooperative(cooperative)).header("If-Match", etag).body("{\"amount\": 13000000}")
                    .when().patch("/api/v1/loan-applications/" + id).then().statusCode(412);
            forward(cooperative, id);

            // An illegal move names the current state.
            as(officer()).when().post("/api/v1/loan-applications/" + id + "/verify")
                    .then().statusCode(409).body("currentState", equalTo("FORWARDED"))
                    .body("detail", equalTo("Cannot verify in state FORWARDED"));

            // The partner sees it, approves less than asked, disburses today.
            as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications")
                    .then().statusCode(200).body("items.id", hasItem(id));
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"decision\": \"APPROVE\", \"amount\": 15000000}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                    .then().statusCode(400).body("errors[0].field", equalTo("amount"));
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"decision\": \"APPROVE\", \"amount\": 12000000, \"reason\": \"Komite kredit\"}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                    .then().statusCode(200).body("state", equalTo("APPROVED")).body("approvedAmount", equalTo(12_000_000))
                    .body("approvedAnnualRate", equalTo(0.06f)).body("approvedTenorMonths", equalTo(12));
            LocalDate today = LocalDate.now(clock);
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"disbursedOn\": \"" + today.plusDays(1) + "\", \"partnerReference\": \"DB-1\"}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/disbursement")
                    .then().statusCode(400).body("errors[0].field", equalTo("disbursedOn"));
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"disbursedOn\": \"" + today + "\", \"partnerReference\": \"DB-1\"}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/disbursement")
                    .then().statusCode(200).body("state", equalTo("DISBURSED")).body("outstandingPrincipal", equalTo(12_000_000));

            // The schedule is the simulation's for the approved terms.
            JsonPath schedule = as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id + "/schedule")
                    .then().statusCode(200).body("installments", hasSize(12)).extract().jsonPath();
            JsonPath simulation = as(Tokens.cooperative(cooperative)).body("""
                            {"amount": 12000000, "annualRate": 0.06, "tenorMonths": 12, "method": "DECLINING_BALANCE",
                             "disbursementDate": "%s"}""".formatted(today))
                    .when().post("/api/v1/loan-simulations").then().statusCode(200).extract().jsonPath();
            assertThat(schedule.getList("installments.amount")).isEqualTo(simulation.getList("installments.amount"));
            assertThat(schedule.getList("installments.dueDate")).isEqualTo(simulation.getList("installments.dueDate"));
            long firstInstallment = schedule.getLong("installments[0].amount");
            long totalPayment = schedule.getLong("totalPayment");

            // First installment: REPAYING; the rest at once: SETTLED.
            repay(partner, id, firstInstallment, today, "RP-1");
            as(officer()).when().get("/api/v1/loan-applications/" + id).then().body("state", equalTo("REPAYING"));
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"amount\": " + totalPayment + ", \"paidOn\": \"" + today + "\", \"partnerReference\": \"RP-2\"}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/repayments")
                    .then().statusCode(422).body("reasons[0]", containsString("exceeds the outstanding"));
            repay(partner, id, totalPayment - firstInstallment, today, "RP-2");
            as(officer()).when().get("/api/v1/loan-applications/" + id)
                    .then().body("state", equalTo("SETTLED")).body("outstandingPrincipal", equalTo(0)).body("nextStates", hasSize(0));
            as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id + "/repayments")
                    .then().statusCode(200).body("items", hasSize(2)).body("items[0].allocation[0].installment", equalTo(1))
                    .body("items[1].principalPaid", equalTo((int) (12_000_000 - schedule.getLong("installments[0].principal"))));
            as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + id + "/history")
                    .then().statusCode(200)
                    .body("toState", equalTo(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "VERIFIED", "RECOMMENDED",
                            "FORWARDED", "APPROVED", "DISBURSED", "REPAYING", "SETTLED")))
                    .body("actorRole", equalTo(List.of("cooperative", "cooperative", "officer", "cooperative", "officer", "officer",
                            "officer", "partner", "partner", "partner", "partner")))
                    .body("[2].reason", equalTo("Proposal belum ditandatangani"));

            // Events: every state change, both repayments, the settlement; versions one by one.
            events.await(EventLog.Event.ofType(FinancingEventTypes.SETTLED, id));
            List<EventLog.Event> ofLoan = events.all(e -> id.equals(e.subject()));
            assertThat(ofLoan).extracting(EventLog.Event::type).containsExactly(
                    FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.STATE_CHANGED,
                    FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.STATE_CHANGED,
                    FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.STATE_CHANGED,
                    FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.REPAYMENT_RECORDED, FinancingEventTypes.REPAYMENT_RECORDED,
                    FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.SETTLED);
            assertThat(ofLoan).extracting(e -> e.headers().get("ce_aggregateversion"))
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
            assertThat(ofLoan).allMatch(e -> cooperative.toString().equals(e.key()));
        }
    }

    @Test
    void aLoanUnpaidBeyondNinetyDaysDefaultsOnceAndBarsNewApplications() {
        clock.today(LocalDate.of(2026, 1, 15));
        UUID cooperative = eligibleCooperative("SIMPAN_PINJAM", "64141", 2023, 2024);
        String partner = "bank-" + UUID.randomUUID().toString().substring(0, 6);
        String program = program(partner);
        try (EventLog events = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.FINANCING_LOAN_APPLICATION)) {
            String id = draft(cooperative, program, 24_000_000, 24);
            forward(cooperative, id);
            approveAndDisburse(partner, id, LocalDate.of(2026, 1, 15));

            // First due 2026-02-15. On 2026-05-16 it is 90 days past due: not yet in default.
            clock.today(LocalDate.of(2026, 5, 16));
            as(officer()).when().post("/api/v1/portfolio/arrears-evaluations")
                    .then().statusCode(200).body("thresholdDays", equalTo(90)).body("defaulted", hasSize(0));
            as(officer()).when().get("/api/v1/loan-applications/" + id)
                    .then().body("state", equalTo("DISBURSED")).body("daysPastDue", equalTo(90));

            // One day more: 91 > 90, DEFAULTED; evaluating again changes nothing.
            clock.today(LocalDate.of(2026, 5, 17));
            as(officer()).when().post("/api/v1/portfolio/arrears-evaluations")
                    .then().statusCode(200).body("defaulted", equalTo(List.of(id)));
            as(officer()).when().post("/api/v1/portfolio/arrears-evaluations")
                    .then().statusCode(200).body("defaulted", hasSize(0));
            as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id)
                    .then().body("state", equalTo("DEFAULTED")).body("daysPastDue", equalTo(91));
            as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + id + "/history")
                    .then().body("[-1].actorRole", equalTo("system")).body("[-1].reason", containsString("91 days past due"));

            EventLog.Event defaulted = events.await(EventLog.Event.ofType(FinancingEventTypes.DEFAULTED, id));
            JsonPath data = JsonPath.from(defaulted.value());
            assertThat(data.getInt("daysPastDue")).isEqualTo(91);
            assertThat(data.getLong("outstandingPrincipal")).isEqualTo(24_000_000L);
            assertThat(data.getString("asOf")).isEqualTo("2026-05-17");

            // The default bars a new application of the same cooperative, with the reason.
            String second = draft(cooperative, program, 10_000_000, 12);
            as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + second + "/submit")
                    .then().statusCode(422).body("reasons", hasItem("Has a DEFAULTED loan."));
            as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-eligibility?programId=" + program)
                    .then().statusCode(200).body("eligible", equalTo(false))
                    .body("checks.find { it.rule == 'NO_DEFAULTED_LOAN' }.outcome", equalTo("FAILED"));

            // The partner's portfolio: one loan, all of it at risk, one default.
            as(Tokens.partner(partner)).when().get("/api/v1/partner/portfolio")
                    .then().statusCode(200).body("loans", equalTo(1)).body("defaults", equalTo(1))
                    .body("outstandingPrincipal", equalTo(24_000_000)).body("par30", equalTo(1.0f));

            // A late full recovery settles even a defaulted loan.
            long owed = as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id + "/schedule")
                    .then().extract().jsonPath().getLong("totalPayment");
            repay(partner, id, owed, LocalDate.of(2026, 5, 17), "RECOVERY-1");
            as(officer()).when().get("/api/v1/loan-applications/" + id).then().body("state", equalTo("SETTLED"));
            events.await(EventLog.Event.ofType(FinancingEventTypes.SETTLED, id));
            assertThat(events.all(EventLog.Event.ofType(FinancingEventTypes.DEFAULTED, id))).hasSize(1);
        }
    }
}
