package id.go.bekasikota.koperasi.notifications.rest;

import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.support.Webhooks;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.SessionLocks;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.bekasikota.koperasi.notifications.support.Webhooks.LOAN_TYPES;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A client whose answer was lost sends its write again: with the same Idempotency-Key it gets the first answer (a
 * subscription's signing secret included) and nothing is done twice; the same key with another request is refused.
 * Without a key, as the clients of before send, each request is made.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
class SubscriptionIdempotencyTests {

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final String REUSED = "https://koperasi.bekasikota.go.id/problems/idempotency-key-reused";

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> body(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", List.of(LOAN_TYPES));
        body.put("description", "core banking");
        return body;
    }

    private static Response subscribe(String token, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(SUBSCRIPTIONS);
    }

    private static long subscriptionsOf(String token) {
        return given().auth().oauth2(token).when().get(SUBSCRIPTIONS).then().statusCode(200)
                .extract().jsonPath().getLong("page.totalItems");
    }

    @Test
    void aRetriedSubscriptionIsMadeOnceAndAnsweredTheSameItsSecretIncluded() {
        String bank = Webhooks.partner();
        String token = Tokens.partner(bank);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("http://127.0.0.1:9/core-banking");

        Response first = subscribe(token, key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", "false").body("secret", startsWith("whsec_"));
        Response retry = subscribe(token, key, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");

        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.jsonPath().getString("secret")).isEqualTo(first.jsonPath().getString("secret"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).endsWith(SUBSCRIPTIONS + "/" + first.jsonPath().getString("id"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(subscriptionsOf(token)).isEqualTo(1);

        // The key's record holds the secret's id, not the secret: the secret is kept with the subscription alone.
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select response_body from idempotency_record where partner_id = :owner and idempotency_key = :key")
                .setParameter("owner", "PARTNER:" + bank).setParameter("key", key).getSingleResult());
        assertThat(stored).contains(first.jsonPath().getString("id")).doesNotContain(first.jsonPath().getString("secret"));

        // The same key with another request: refused, nothing made.
        subscribe(token, key, body("http://127.0.0.1:9/another")).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(REUSED)).body("detail", containsString(key));
        assertThat(subscriptionsOf(token)).isEqualTo(1);
        // A key that is not 1 to 200 visible ASCII characters: refused, naming the header.
        subscribe(token, "two words", body).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(subscriptionsOf(token)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEachRequestIsMade() {
        String token = Tokens.partner(Webhooks.partner());
        Map<String, Object> body = body("http://127.0.0.1:9/no-key");

        Response first = subscribe(token, null, body);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        Response second = subscribe(token, null, body);
        second.then().statusCode(201).header("Idempotent-Replayed", "false");

        assertThat(second.jsonPath().getString("id")).isNotEqualTo(first.jsonPath().getString("id"));
        assertThat(second.jsonPath().getString("secret")).isNotEqualTo(first.jsonPath().getString("secret"));
        assertThat(subscriptionsOf(token)).isEqualTo(2);
    }

    /**
     * Keys are the owner's: another partner's same key is its own, and the office's (every officer's) cannot be reached
     * by a partner, not even one whose partner_id is the word OFFICE.
     */
    @Test
    void aKeyIsItsOwnersAlone() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("http://127.0.0.1:9/government");
        body.put("active", false);

        Response office = subscribe(Tokens.officer(), key, body);
        office.then().statusCode(201).header("Idempotent-Replayed", "false").body("owner", equalTo("OFFICE"));
        subscribe(Tokens.officer(), key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(office.jsonPath().getString("id")));

        Response partner = subscribe(Tokens.partner("OFFICE"), key, body);
        partner.then().statusCode(201).header("Idempotent-Replayed", "false").body("owner", equalTo("PARTNER"))
                .body("partnerId", equalTo("OFFICE"));
        assertThat(partner.jsonPath().getString("id")).isNotEqualTo(office.jsonPath().getString("id"));
        assertThat(partner.jsonPath().getString("secret")).isNotEqualTo(office.jsonPath().getString("secret"));
    }

    @Test
    void aRetriedRotationRotatesOnceAndGivesTheSameSecret() {
        String bank = Webhooks.partner();
        String token = Tokens.partner(bank);
        String creationKey = UUID.randomUUID().toString();
        String id = subscribe(token, creationKey, body("http://127.0.0.1:9/rotating")).then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();

        Response first = rotate(token, id, key, 3600);
        first.then().statusCode(200).header("Idempotent-Replayed", "false").body("secret", startsWith("whsec_"));
        Response retry = rotate(token, id, key, 3600);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        // The creation's secret and one new one: a second rotation would have made a third.
        assertThat(secretsOf(id)).isEqualTo(2);

        rotate(token, id, key, 0).then().statusCode(422).body("type", equalTo(REUSED));
        // A key is one request: the creation's key on a rotation is another request.
        rotate(token, id, creationKey, 3600).then().statusCode(422).body("type", equalTo(REUSED));
        assertThat(secretsOf(id)).isEqualTo(2);
    }

    /**
     * A client that gave up waiting sends its rotation again while the first is still processed (held here behind a lock
     * on the subscription's secrets): refused at once (409), not queued; once the first has answered, the retry gets it.
     */
    @Test
    void aRetryWhileTheFirstIsStillProcessedIsRefusedAtOnceAndLaterGetsItsAnswer() throws Exception {
        String token = Tokens.partner(Webhooks.partner());
        String id = subscribe(token, null, body("http://127.0.0.1:9/slow")).then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger holder = new AtomicInteger();
        ExecutorService office = Executors.newSingleThreadExecutor();
        Future<?> holding = office.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select id from signing_secret where subscription_id = cast(:id as uuid) for update")
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
            first = CompletableFuture.supplyAsync(() -> rotate(token, id, key, 3600));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SessionLocks.blockedBy(holder.get()));

            rotate(token, id, key, 3600).then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/conflict"))
                    .body("detail", containsString(key));
            assertThat(first).as("the first request is still waiting").isNotDone();
        } finally {
            release.countDown();
            office.shutdown();
        }
        holding.get(30, TimeUnit.SECONDS);
        Response answered = first.get(60, TimeUnit.SECONDS);
        answered.then().statusCode(200).header("Idempotent-Replayed", "false");
        Response retry = rotate(token, id, key, 3600);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(answered.asString());
        assertThat(secretsOf(id)).isEqualTo(2);
    }

    /**
     * A redelivery retried with its key is answered as the first was, and sends nothing again: a second redelivery of
     * the same delivery, now PENDING, would be refused (409), as one without a key is. The subscription is inactive, so
     * that the delivery stays PENDING (deliveries of an inactive subscription wait).
     */
    @Test
    void aRetriedRedeliveryIsAnsweredAsTheFirstAndSendsNothingAgain() {
        String token = Tokens.partner(Webhooks.partner());
        Map<String, Object> inactive = body("http://127.0.0.1:9/redelivered");
        inactive.put("active", false);
        String id = subscribe(token, null, inactive).then().statusCode(201).extract().path("id");
        UUID dead = deadDelivery(UUID.fromString(id));
        UUID otherDead = deadDelivery(UUID.fromString(id));
        String key = UUID.randomUUID().toString();

        Response first = redeliver(token, id, dead, key);
        first.then().statusCode(202).header("Idempotent-Replayed", "false").body("state", equalTo("PENDING"));
        Response retry = redeliver(token, id, dead, key);
        retry.then().statusCode(202).header("Idempotent-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());

        redeliver(token, id, dead, null).then().statusCode(409)
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/illegal-transition"));
        // The same key on another delivery's redelivery is another request.
        redeliver(token, id, otherDead, key).then().statusCode(422).body("type", equalTo(REUSED));
        given().auth().oauth2(token).when().get(SUBSCRIPTIONS + "/" + id + "/deliveries/" + otherDead)
                .then().statusCode(200).body("state", equalTo("DEAD"));
    }

    private static Response rotate(String token, String id, String key, long overlapSeconds) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("overlapSeconds", overlapSeconds)).when().post(SUBSCRIPTIONS + "/" + id + "/secret-rotations");
    }

    private static Response redeliver(String token, String id, UUID delivery, String key) {
        var request = given().auth().oauth2(token);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(SUBSCRIPTIONS + "/" + id + "/deliveries/" + delivery + "/redeliver");
    }

    /** A delivery that failed for good, written as the dispatcher writes one. */
    private static UUID deadDelivery(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant at = Instant.parse("2026-03-02T01:00:00Z");
            Delivery delivery = Delivery.of(subscription, "event-" + UUID.randomUUID(),
                    "id.go.bekasikota.financing.loan-application.state-changed.v1", UUID.randomUUID().toString(), "{}", at, at);
            delivery.persist();
            delivery.failed(at.plusSeconds(1), 503, 12, "answered 503", "down", Optional.empty()).persist();
            return delivery.id;
        });
    }

    private long secretsOf(String subscription) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from signing_secret where subscription_id = cast(:id as uuid)")
                .setParameter("id", subscription).getSingleResult()).longValue());
    }

}
