package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.platform.persistence.NamedLocks;
import id.go.bekasikota.koperasi.testsupport.AdjustableClock;
import id.go.bekasikota.koperasi.testsupport.FinancingProgramMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.SessionLocks;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
    @Inject
    EntityManager entityManager;

    String program(String partnerId) {
        return FinancingProgramMother.register(FinancingProgramMother.kurKecil(partnerId, LocalDate.now(clock).minusYears(1)));
    }

    /** A loan of a new cooperative forwarded to the partner, approved and disbursed today: ready for repayments. */
    private String disbursedLoan(String partner) {
        UUID cooperative = eligible(clock);
        String id = draft(cooperative, program(partner), 12_000_000, 12);
        forward(cooperative, id);
        approveAndDisburse(partner, id, LocalDate.now(clock));
        return id;
    }

    @Test
    void aRetriedRepaymentIsRecordedOnceAndAnsweredTheSame() {
        String partner = FinancingProgramMother.partner();
        String id = disbursedLoan(partner);
        LocalDate today = LocalDate.now(clock);
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

    /**
     * A bank that gave up waiting retries while its first request is still being processed (here held behind a
     * lock on the application): the retry is refused at once (409), not queued behind it; once the first has
     * answered, the retry gets its answer.
     */
    @Test
    void aRetryWhileTheFirstRequestIsStillBeingProcessedIsRefusedAtOnceAndLaterGetsItsAnswer() throws Exception {
        String partner = FinancingProgramMother.partner();
        String id = disbursedLoan(partner);
        LocalDate today = LocalDate.now(clock);
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\": 1000000, \"paidOn\": \"" + today + "\", \"partnerReference\": \"RP-SLOW\"}";

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger holder = new AtomicInteger();
        ExecutorService office = Executors.newSingleThreadExecutor();
        Future<?> holding = office.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select id from loan_application where id = cast(:id as uuid) for update")
                    .setParameter("id", id).getResultList();
            holder.set(((Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue());
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        CompletableFuture<Response> first;
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            first = CompletableFuture.supplyAsync(() -> as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body)
                    .when().post("/api/v1/partner/loan-applications/" + id + "/repayments"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SessionLocks.blockedBy(holder.get()));

            as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body)
                    .when().post("/api/v1/partner/loan-applications/" + id + "/repayments")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/conflict"))
                    .body("detail", org.hamcrest.Matchers.containsString(key));
            // Answered while the first is still held: the retry did not queue behind it.
            assertThat(first).as("the first request is still waiting").isNotDone();
        } finally {
            release.countDown();
            office.shutdown();
        }
        holding.get(30, TimeUnit.SECONDS);
        Response answered = first.get(60, TimeUnit.SECONDS);
        answered.then().statusCode(201).header("Idempotent-Replayed", "false");
        Response retry = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/partner/loan-applications/" + id + "/repayments");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(answered.asString());
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id + "/repayments")
                .then().body("items", hasSize(1));
    }

    /**
     * A bank's workers retry a repayment that has ended, all at once: each retry is answered from the record, none
     * takes another retry (here: a transaction holding the key's lock, as a retry being answered does) for the first
     * request still being processed. Before, a retry took the key's lock first and was refused 409 while another held it.
     */
    @Test
    void retriesOfARequestThatHasEndedAreAnsweredWhileAnotherRetryHoldsTheKey() throws Exception {
        String partner = FinancingProgramMother.partner();
        String id = disbursedLoan(partner);
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\": 1000000, \"paidOn\": \"" + LocalDate.now(clock) + "\", \"partnerReference\": \"RP-RETRIES\"}";
        Response answered = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/partner/loan-applications/" + id + "/repayments");
        answered.then().statusCode(201).header("Idempotent-Replayed", "false");

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService anotherRetry = Executors.newSingleThreadExecutor();
        Future<?> holding = anotherRetry.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(NamedLocks.tryLock(entityManager, "idempotency-key:" + partner + ":" + key)).isTrue();
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Response retry = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body)
                    .when().post("/api/v1/partner/loan-applications/" + id + "/repayments");
            retry.then().statusCode(201).header("Idempotent-Replayed", "true");
            assertThat(retry.asString()).isEqualTo(answered.asString());
            as(Tokens.partner(partner)).header("Idempotency-Key", key).body(body.replace("1000000", "2000000"))
                    .when().post("/api/v1/partner/loan-applications/" + id + "/repayments")
                    .then().statusCode(422).body("type", equalTo("https://koperasi.bekasikota.go.id/problems/idempotency-key-reused"));
        } finally {
            release.countDown();
            anotherRetry.shutdown();
        }
        holding.get(30, TimeUnit.SECONDS);
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications/" + id + "/repayments")
                .then().body("items", hasSize(1));
    }

    @Test
    void aBanksListShowsTheMostRecentlyForwardedFirst() {
        UUID cooperative = eligible(clock);
        String partner = FinancingProgramMother.partner();
        String program = program(partner);
        String draftedFirst = draft(cooperative, program, 10_000_000, 12);
        String draftedSecond = draft(cooperative, program, 11_000_000, 12);
        forward(cooperative, draftedSecond);
        forward(cooperative, draftedFirst);
        as(Tokens.partner(partner)).when().get("/api/v1/partner/loan-applications").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(draftedFirst, draftedSecond));
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
