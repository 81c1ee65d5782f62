package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.financing.support.ExactSchedule;
import id.go.bekasikota.koperasi.financing.service.LoanServicingService;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.go.bekasikota.koperasi.financing.support.RegisteredCooperatives.eligible;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.approveAndDisburse;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.as;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.attachPdf;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.draft;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.forward;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.repay;
import static id.go.bekasikota.koperasi.testsupport.LoanApplicationMother.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Whole loans through the API on real PostgreSQL and Kafka: one settled, one defaulted. Dates come
 * from the office clock (its start can be moved for a run: {@code -Dkoperasi.test.clock=2030-01-15});
 * schedules are held against values computed by hand and by {@link ExactSchedule}, never against
 * the service's own simulation.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class LoanLifecycleTests {

    @Inject
    AdjustableClock clock;
    @Inject
    LoanServicingService servicing;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String officer() {
        return Tokens.officer();
    }

    @Test
    void aLoanGoesFromDraftToSettled() {
        // The clock runs on (the repayments are listed in the order recorded).
        LocalDate today = LocalDate.now(clock);
        UUID cooperative = eligible(clock);
        String partner = FinancingProgramMother.partner();
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(partner, today.minusYears(1), "PROPOSAL"));
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
            // A correction that changes nothing (no field, or the values it has) keeps the version: the ETag stays.
            as(Tokens.cooperative(cooperative)).header("If-Match", etag).body("{}")
                    .when().patch("/api/v1/loan-applications/" + id).then().statusCode(200).header("ETag", etag);
            String amountNow = as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id).then()
                    .extract().path("requestedAmount").toString();
            as(Tokens.cooperative(cooperative)).header("If-Match", etag).body("{\"amount\": " + amountNow + "}")
                    .when().patch("/api/v1/loan-applications/" + id).then().statusCode(200).header("ETag", etag);
            as(Tokens.cooperative(cooperative)).header("If-Match", etag).body("{\"amount\": 14000000}")
                    .when().patch("/api/v1/loan-applications/" + id).then().statusCode(200).body("requestedAmount", equalTo(14_000_000))
                    .header("ETag", org.hamcrest.Matchers.not(etag));
            as(Tokens.cooperative(cooperative)).header("If-Match", etag).body("{\"amount\": 13000000}")
                    .when().patch("/api/v1/loan-applications/" + id).then().statusCode(412);
            forward(cooperative, id);

            // An illegal move names the current state.
            as(officer()).when().post("/api/v1/loan-applications/" + id + "/verify")
                    .then().statusCode(409).body("currentState", equalTo("FORWARDED"))
                    .body("detail", equalTo("Cannot verify in state FORWARDED"));

            // The office's return before the forwarding is the office's and the cooperative's: not the partner's to read.
            as(officer()).when().get("/api/v1/loan-applications/" + id)
                    .then().statusCode(200).body("lastReason", equalTo("Proposal belum ditandatangani"));
            as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id)
                    .then().statusCode(200).body("lastReason", org.hamcrest.Matchers.nullValue());
            as(Tokens.partner(partner)).when().get("/api/v1/loan-applications/" + id)
                    .then().statusCode(200).body("lastReason", org.hamcrest.Matchers.nullValue());

            // The partner sees it, approves less than asked (more is refused), disburses today.
            as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications")
                    .then().statusCode(200).body("items.id", hasItem(id))
                    .body("items.find { it.id == '" + id + "' }.lastReason", org.hamcrest.Matchers.nullValue());
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"decision\": \"APPROVE\", \"amount\": 15000000}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                    .then().statusCode(422).body("reasons", equalTo(List.of("Amount 15000000 is more than the 14000000 asked.")))
                    .body("errors[0].field", equalTo("amount"));
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"decision\": \"APPROVE\", \"amount\": 12000000, \"reason\": \"Komite kredit\"}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/decision")
                    .then().statusCode(200).body("state", equalTo("APPROVED")).body("approvedAmount", equalTo(12_000_000))
                    .body("approvedAnnualRate", equalTo(0.06f)).body("approvedTenorMonths", equalTo(12));
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"disbursedOn\": \"" + today.plusDays(1) + "\", \"partnerReference\": \"DB-1\"}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/disbursement")
                    .then().statusCode(400).body("errors[0].field", equalTo("disbursedOn"));
            as(Tokens.partner(partner)).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"disbursedOn\": \"" + today + "\", \"partnerReference\": \"DB-1\"}")
                    .when().post("/api/v1/partner/loan-applications/" + id + "/disbursement")
                    .then().statusCode(200).body("state", equalTo("DISBURSED")).body("outstandingPrincipal", equalTo(12_000_000));

            // The schedule of 12,000,000 at 6% over 12 months. By hand: r = 0.5%; installment =
            // round(12,000,000 x 0.005 / (1 - 1.005^-12)) = round(1,032,797.156...) = 1,032,797; month 1 interest
            // 60,000, principal 972,797; month 2 interest round(11,027,203 x 0.005 = 55,136.015) = 55,136. Every row
            // against the exact schedule computed in the tests, due dates a month apart from today.
            JsonPath schedule = as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id + "/schedule")
                    .then().statusCode(200).body("installments", hasSize(12))
                    .body("installments[0].interest", equalTo(60_000)).body("installments[0].principal", equalTo(972_797))
                    .body("installments[0].amount", equalTo(1_032_797)).body("installments[1].interest", equalTo(55_136))
                    .body("installments[11].balance", equalTo(0))
                    .extract().jsonPath();
            ExactSchedule.Result exact = ExactSchedule.of(12_000_000, "0.06", 12, false, today);
            assertThat(schedule.getList("installments.principal", Long.class)).isEqualTo(exact.rows().stream().map(ExactSchedule.Row::principal).toList());
            assertThat(schedule.getList("installments.interest", Long.class)).isEqualTo(exact.rows().stream().map(ExactSchedule.Row::interest).toList());
            assertThat(schedule.getList("installments.amount", Long.class)).isEqualTo(exact.rows().stream().map(ExactSchedule.Row::amount).toList());
            assertThat(schedule.getList("installments.dueDate", String.class))
                    .isEqualTo(exact.rows().stream().map(r -> r.dueDate().toString()).toList());
            assertThat(schedule.getLong("totalInterest")).isEqualTo(exact.totalInterest());
            long firstInstallment = schedule.getLong("installments[0].amount");
            long totalPayment = schedule.getLong("totalPayment");
            assertThat(totalPayment).isEqualTo(12_000_000L + exact.totalInterest());

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
                    .body("items.action", equalTo(List.of("CREATE", "ATTACH_DOCUMENT", "SUBMIT", "RETURN", "CORRECT", "SUBMIT", "VERIFY",
                            "RECOMMEND", "FORWARD", "APPROVE", "DISBURSE", "START_REPAYING", "SETTLE")))
                    .body("items.toState", equalTo(List.of("DRAFT", "DRAFT", "SUBMITTED", "RETURNED", "RETURNED", "SUBMITTED", "VERIFIED",
                            "RECOMMENDED", "FORWARDED", "APPROVED", "DISBURSED", "REPAYING", "SETTLED")))
                    .body("items.actorRole", equalTo(List.of("cooperative", "cooperative", "cooperative", "officer", "cooperative",
                            "cooperative", "officer", "officer", "officer", "partner", "partner", "partner", "partner")))
                    .body("items[3].reason", equalTo("Proposal belum ditandatangani"))
                    // The correction between the return and the resubmission: who moved the amount, from what to what.
                    .body("items[4].reason", equalTo("amount 15000000 -> 14000000"))
                    .body("page.totalItems", equalTo(13)).body("page.totalPages", equalTo(1));
            // The history is paged: 13 lines by 4 are four pages, the last with one.
            as(Tokens.auditor()).queryParam("page", 3).queryParam("size", 4).when().get("/api/v1/loan-applications/" + id + "/history")
                    .then().statusCode(200)
                    .body("items.toState", equalTo(List.of("FORWARDED", "APPROVED", "DISBURSED", "REPAYING")))
                    .body("page.number", equalTo(3)).body("page.size", equalTo(4))
                    .body("page.totalItems", equalTo(13)).body("page.totalPages", equalTo(4));
            as(Tokens.cooperative(cooperative)).queryParam("page", 2).queryParam("size", 2).when().get("/api/v1/loan-applications/" + id + "/history")
                    .then().statusCode(200).body("items.toState", equalTo(List.of("SUBMITTED", "RETURNED")));
            // The bank reads the history from the forwarding on, with its own accounts' names only.
            as(Tokens.partner(partner)).when().get("/api/v1/loan-applications/" + id + "/history")
                    .then().statusCode(200)
                    .body("items.toState", equalTo(List.of("FORWARDED", "APPROVED", "DISBURSED", "REPAYING", "SETTLED")))
                    .body("items.actorRole", equalTo(List.of("officer", "partner", "partner", "partner", "partner")))
                    .body("items[0]", not(hasKey("actor"))).body("items[1].actor", notNullValue())
                    .body("page.totalItems", equalTo(5))
                    .body("items.reason", not(hasItem("Proposal belum ditandatangani")));
            as(Tokens.auditor()).queryParam("size", 101).when().get("/api/v1/loan-applications/" + id + "/history")
                    .then().statusCode(400).body("errors[0].field", equalTo("size"));

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
        // A year back in office time, so that no other test's loan is past due on the days this one visits.
        LocalDate disbursed = LocalDate.now(clock).minusYears(1);
        clock.today(disbursed);
        UUID cooperative = eligible(clock);
        String partner = FinancingProgramMother.partner();
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(partner, disbursed.minusYears(1)));
        try (EventLog events = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.FINANCING_LOAN_APPLICATION)) {
            String id = draft(cooperative, program, 24_000_000, 24);
            forward(cooperative, id);
            approveAndDisburse(partner, id, disbursed);

            // The first installment is due a month after disbursement; 90 days after that: not yet in default.
            LocalDate firstDue = ExactSchedule.due(disbursed, 1);
            clock.today(firstDue.plusDays(90));
            as(officer()).when().post("/api/v1/portfolio/arrears-evaluations")
                    .then().statusCode(200).body("thresholdDays", equalTo(90)).body("defaulted", not(hasItem(id)));
            as(officer()).when().get("/api/v1/loan-applications/" + id)
                    .then().body("state", equalTo("DISBURSED")).body("daysPastDue", equalTo(90));

            // One day more: 91 > 90. The service was down at 00:30 that day: its catch-up finds loans not evaluated for
            // the day and makes the evaluation up (DEFAULTED); once done, it finds nothing; evaluating again changes nothing.
            LocalDate dayOfDefault = firstDue.plusDays(91);
            clock.today(dayOfDefault);
            var madeUp = servicing.catchUp();
            assertThat(madeUp).isPresent();
            assertThat(madeUp.get().asOf()).isEqualTo(dayOfDefault);
            assertThat(madeUp.get().defaulted()).contains(UUID.fromString(id));
            assertThat(servicing.catchUp()).as("evaluated for the day now").isEmpty();
            io.restassured.path.json.JsonPath evaluation = as(officer()).when().post("/api/v1/portfolio/arrears-evaluations")
                    .then().statusCode(200).body("defaulted", not(hasItem(id))).extract().jsonPath();
            // Fewer than 100 made DEFAULTED: all listed, and counted.
            assertThat(evaluation.getInt("defaultedCount")).isEqualTo(evaluation.getList("defaulted").size());
            as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id)
                    .then().body("state", equalTo("DEFAULTED")).body("daysPastDue", equalTo(91));
            as(Tokens.auditor()).when().get("/api/v1/loan-applications/" + id + "/history")
                    .then().body("items[-1].actorRole", equalTo("system")).body("items[-1].reason", containsString("91 days past due"));

            EventLog.Event defaulted = events.await(EventLog.Event.ofType(FinancingEventTypes.DEFAULTED, id));
            JsonPath data = JsonPath.from(defaulted.value());
            assertThat(data.getInt("daysPastDue")).isEqualTo(91);
            assertThat(data.getLong("outstandingPrincipal")).isEqualTo(24_000_000L);
            assertThat(data.getString("asOf")).isEqualTo(dayOfDefault.toString());

            // The default bars a new application of the same cooperative, with the reason.
            String second = draft(cooperative, program, 10_000_000, 12);
            as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + second + "/submit")
                    .then().statusCode(422).body("reasons", hasItem("Has a DEFAULTED loan."));
            as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-eligibility?programId=" + program)
                    .then().statusCode(200).body("eligible", equalTo(false))
                    .body("checks.find { it.rule == 'NO_DEFAULTED_LOAN' }.outcome", equalTo("FAILED"));
            // A treasurer reads the reasons in Indonesian, amounts in rupiah as Indonesians write them (the program, a KUR
            // Kecil of FinancingProgramMother, lends up to Rp 500 million).
            as(Tokens.cooperative(cooperative)).header("Accept-Language", "id-ID,id;q=0.9,en;q=0.8")
                    .when().get("/api/v1/loan-eligibility?programId=" + program + "&amount=600000000")
                    .then().statusCode(200).header("Content-Language", "id").header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                    .body("reasons", hasItem("Memiliki pinjaman berstatus DEFAULTED (gagal bayar)."))
                    .body("checks.find { it.rule == 'AMOUNT_WITHIN_LIMITS' }.detail",
                            equalTo("Jumlah Rp 600.000.000 di atas maksimum program sebesar Rp 500.000.000."));
            as(Tokens.cooperative(cooperative)).header("Accept-Language", "id").when().post("/api/v1/loan-applications/" + second + "/submit")
                    .then().statusCode(422).header("Content-Language", "id")
                    .body("reasons", hasItem("Memiliki pinjaman berstatus DEFAULTED (gagal bayar)."));

            // The partner's portfolio: one loan, all of it at risk, one default.
            as(Tokens.partner(partner)).when().get("/api/v1/partner/portfolio")
                    .then().statusCode(200).body("loans", equalTo(1)).body("defaults", equalTo(1))
                    .body("outstandingPrincipal", equalTo(24_000_000)).body("par30", equalTo(1.0f));

            // A late full recovery settles even a defaulted loan.
            long owed = as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id + "/schedule")
                    .then().extract().jsonPath().getLong("totalPayment");
            // 24,000,000 at 6% over 24 months: installment 1,063,695, 23 of them and a last of the rest; in all
            // 25,528,672 (exact schedule computed in the tests).
            assertThat(owed).isEqualTo(25_528_672L).isEqualTo(ExactSchedule.of(24_000_000, "0.06", 24, false, disbursed).totalPayment());
            repay(partner, id, owed, dayOfDefault, "RECOVERY-1");
            as(officer()).when().get("/api/v1/loan-applications/" + id).then().body("state", equalTo("SETTLED"));
            events.await(EventLog.Event.ofType(FinancingEventTypes.SETTLED, id));
            assertThat(events.all(EventLog.Event.ofType(FinancingEventTypes.DEFAULTED, id))).hasSize(1);
        }
    }

    static final String RULE_VIOLATION = "https://koperasi.bekasikota.go.id/problems/rule-violation";

    /** What a cooperative asks for under the program: Rp 20 million over 12 months. */
    static Map<String, Object> proposal(String programId) {
        return Map.of("programId", programId, "amount", 20_000_000, "tenorMonths", 12, "purpose", "Modal kerja");
    }

    /** The same, opened by an officer for the cooperative. */
    static Map<String, Object> proposal(UUID cooperativeId, String programId) {
        return Map.of("cooperativeId", cooperativeId.toString(), "programId", programId, "amount", 20_000_000, "tenorMonths", 12,
                "purpose", "Modal kerja");
    }

    /** RFC 9110 13.2.2: an action sent without If-Match (optional here) but with an If-None-Match naming the current version. */
    @Test
    void anActionWhoseIfNoneMatchNamesTheCurrentVersionIsRefusedAndChangesNothing() {
        UUID cooperative = eligible(clock);
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(FinancingProgramMother.partner(),
                LocalDate.now(clock).minusYears(1)));
        String id = draft(cooperative, program, 20_000_000, 12);
        String tag = as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id).then().statusCode(200)
                .extract().header("ETag");
        for (String ifNoneMatch : List.of("*", tag)) {
            as(Tokens.cooperative(cooperative)).header("If-None-Match", ifNoneMatch).when().post("/api/v1/loan-applications/" + id + "/withdraw")
                    .then().statusCode(412).contentType("application/problem+json");
        }
        as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id).then().body("state", equalTo("DRAFT"));
        as(Tokens.cooperative(cooperative)).header("If-None-Match", "\"99\"").when().post("/api/v1/loan-applications/" + id + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
    }

    /** A date as an Indonesian writes it: "7 Desember 2026". */
    private static String indonesian(LocalDate date) {
        String[] months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                "November", "Desember"};
        return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
    }

    @Test
    void aProgramTakesNewDraftsOnlyWithinItsWindow() {
        LocalDate today = LocalDate.now(clock);
        UUID cooperative = eligible(clock);
        String partner = FinancingProgramMother.partner();
        // Open from a year ago to yesterday: closed today.
        Map<String, Object> closedYesterday = FinancingProgramMother.kurKecil(partner, today.minusYears(1));
        closedYesterday.put("closesOn", today.minusDays(1).toString());
        String closed = FinancingProgramMother.register(closedYesterday);
        String window = "The program accepts applications from " + today.minusYears(1) + " to " + today.minusDays(1)
                + ", not on " + today + ".";
        as(Tokens.cooperative(cooperative)).body(proposal(closed)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).contentType("application/problem+json").body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("The program does not accept applications on " + today))
                .body("reasons", equalTo(List.of(window)))
                .body("errors.field", equalTo(List.of("programId"))).body("errors[0].message", equalTo(window));
        // An officer opening it for the cooperative is refused alike (here in Indonesian).
        as(officer()).header("Accept-Language", "id").body(proposal(cooperative, closed)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("Program ini tidak menerima permohonan pada tanggal " + indonesian(today)))
                .body("reasons", equalTo(List.of("Program menerima permohonan mulai " + indonesian(today.minusYears(1)) + " sampai "
                        + indonesian(today.minusDays(1)) + ", bukan pada " + indonesian(today) + ".")));
        // Nor a program that opens tomorrow.
        String notYet = FinancingProgramMother.register(FinancingProgramMother.kurKecil(partner, today.plusDays(1)));
        as(Tokens.cooperative(cooperative)).body(proposal(notYet)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).body("errors[0].field", equalTo("programId"))
                .body("reasons", equalTo(List.of("The program accepts applications from " + today.plusDays(1) + ", not on " + today + ".")));
        // Nothing was opened under either.
        for (String program : List.of(closed, notYet)) {
            as(officer()).queryParam("programId", program).when().get("/api/v1/loan-applications")
                    .then().statusCode(200).body("page.totalItems", equalTo(0));
        }

        // A program whose last day is today takes it; the draft cannot be moved to the closed one either.
        Map<String, Object> lastDayToday = FinancingProgramMother.kurKecil(partner, today.minusYears(1));
        lastDayToday.put("closesOn", today.toString());
        String lastDay = FinancingProgramMother.register(lastDayToday);
        String id = draft(cooperative, lastDay, 20_000_000, 12);
        String etag = as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id).then().extract().header("ETag");
        as(Tokens.cooperative(cooperative)).header("If-Match", etag).body(Map.of("programId", closed))
                .when().patch("/api/v1/loan-applications/" + id)
                .then().statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("errors.field", equalTo(List.of("programId"))).body("reasons", equalTo(List.of(window)));
        as(Tokens.cooperative(cooperative)).when().get("/api/v1/loan-applications/" + id)
                .then().statusCode(200).body("programId", equalTo(lastDay)).header("ETag", equalTo(etag));
    }

    @Test
    void aCooperativeHoldsTwentyApplicationsInPreparationAtMost() {
        LocalDate today = LocalDate.now(clock);
        UUID cooperative = eligible(clock);
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(FinancingProgramMother.partner(),
                today.minusYears(1)));
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            drafts.add(draft(cooperative, program, 20_000_000, 12));
        }
        // The 20th opened by an officer for it: the limit is the cooperative's, whoever opens.
        drafts.add(as(officer()).body(proposal(cooperative, program)).when().post("/api/v1/loan-applications")
                .then().statusCode(201).extract().path("id"));
        String twentyHeld = "The cooperative has 20 applications in DRAFT or RETURNED; at most 20 may be in preparation at once: "
                + "submit or withdraw one before opening another.";
        as(Tokens.cooperative(cooperative)).body(proposal(program)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).contentType("application/problem+json").body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("A cooperative may hold at most 20 applications in preparation (DRAFT or RETURNED) at once: "
                        + "submit or withdraw one before opening another"))
                .body("reasons", equalTo(List.of(twentyHeld)));
        as(officer()).header("Accept-Language", "id").body(proposal(cooperative, program)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).body("reasons", equalTo(List.of(twentyHeld)))
                .body("detail", equalTo("Satu koperasi paling banyak dapat memiliki 20 permohonan dalam penyusunan (DRAFT atau "
                        + "RETURNED) sekaligus: ajukan atau tarik salah satu sebelum membuat permohonan baru"));
        // Another cooperative is not held back by it.
        draft(eligible(clock), program, 20_000_000, 12);

        // A submitted application is no longer in preparation: its place is free.
        submit(cooperative, drafts.get(0));
        drafts.add(draft(cooperative, program, 20_000_000, 12));
        as(Tokens.cooperative(cooperative)).body(proposal(program)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).body("reasons", equalTo(List.of(twentyHeld)));
        // The office returns it: the return is never refused, and the cooperative now holds 21.
        as(officer()).body("{\"reason\": \"Lengkapi proposal\"}").when().post("/api/v1/loan-applications/" + drafts.get(0) + "/return")
                .then().statusCode(200).body("state", equalTo("RETURNED"));
        as(Tokens.cooperative(cooperative)).body(proposal(program)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).body("reasons", equalTo(List.of("The cooperative has 21 applications in DRAFT or RETURNED; "
                        + "at most 20 may be in preparation at once: submit or withdraw one before opening another.")));
        // Two withdrawn: 19 held, room for one more.
        for (String withdrawn : List.of(drafts.get(1), drafts.get(2))) {
            as(Tokens.cooperative(cooperative)).when().post("/api/v1/loan-applications/" + withdrawn + "/withdraw")
                    .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        }
        draft(cooperative, program, 20_000_000, 12);
        as(Tokens.cooperative(cooperative)).body(proposal(program)).when().post("/api/v1/loan-applications")
                .then().statusCode(422).body("reasons", equalTo(List.of(twentyHeld)));
        // 22 opened: 3 no longer drafts (1 returned, 2 withdrawn), so 19 drafts and 1 returned.
        as(officer()).queryParam("cooperativeId", cooperative.toString()).queryParam("state", "DRAFT")
                .when().get("/api/v1/loan-applications").then().statusCode(200).body("page.totalItems", equalTo(19));
        as(officer()).queryParam("cooperativeId", cooperative.toString()).queryParam("state", "RETURNED")
                .when().get("/api/v1/loan-applications").then().statusCode(200).body("page.totalItems", equalTo(1));
        // Every parameter at fault named in one 400, the page's too, as a screen's filters show them.
        as(officer()).queryParam("size", 0).queryParam("state", "x").queryParam("programId", "zz").queryParam("cooperativeId", "abc")
                .when().get("/api/v1/loan-applications").then().statusCode(400)
                .body("errors.field", equalTo(List.of("size", "state", "programId", "cooperativeId")));
        io.restassured.RestAssured.given().queryParam("page", 0).queryParam("openOn", "1 Juli").when().get("/api/v1/financing-programs").then().statusCode(400)
                .body("errors.field", equalTo(List.of("page", "openOn")));
    }

    @Test
    void creationsAtOnceDoNotTakeMoreThanTheLastPlaces() throws Exception {
        LocalDate today = LocalDate.now(clock);
        UUID cooperative = eligible(clock);
        String program = FinancingProgramMother.register(FinancingProgramMother.kurKecil(FinancingProgramMother.partner(),
                today.minusYears(1)));
        for (int i = 0; i < 18; i++) {
            draft(cooperative, program, 20_000_000, 12);
        }
        // Six at once, by the cooperative's account and by an officer, for the last two places: two are taken.
        String own = Tokens.cooperative(cooperative);
        String office = officer();
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean byOffice = i % 2 == 1;
            attempts.add(() -> (byOffice ? as(office).body(proposal(cooperative, program)) : as(own).body(proposal(program)))
                    .when().post("/api/v1/loan-applications").then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> answer : pool.invokeAll(attempts)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(2);
        assertThat(statuses).filteredOn(status -> status == 422).hasSize(4);
        as(officer()).queryParam("cooperativeId", cooperative.toString()).queryParam("state", "DRAFT")
                .when().get("/api/v1/loan-applications").then().statusCode(200).body("page.totalItems", equalTo(20));
    }
}
