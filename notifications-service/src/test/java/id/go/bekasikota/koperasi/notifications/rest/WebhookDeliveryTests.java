package id.go.bekasikota.koperasi.notifications.rest;

import com.sun.net.httpserver.HttpServer;
import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.support.Webhooks;
import id.go.bekasikota.koperasi.stack.WebhookReceiver;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;

import static id.go.bekasikota.koperasi.notifications.support.Webhooks.LOAN_TYPES;
import static id.go.bekasikota.koperasi.notifications.support.Webhooks.expectedSignature;
import static id.go.bekasikota.koperasi.notifications.support.Webhooks.stateChanged;
import static id.go.bekasikota.koperasi.notifications.support.Webhooks.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Delivery end to end inside the service: events from Kafka, webhooks to a receiver on loopback
 * (the test profile allows http and loopback, retries in milliseconds and a 3 s budget).
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
class WebhookDeliveryTests {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    WebhooksConfig config;

    @AfterAll
    static void closeReceiver() {
        RECEIVER.close();
    }

    @Test
    void aForwardedApplicationReachesItsBankSignedAndNoOtherPartner() throws Exception {
        String bankA = Webhooks.partner();
        String bankB = Webhooks.partner();
        String pathA = Webhooks.path();
        String pathB = Webhooks.path();
        String office = Webhooks.path();
        Webhooks.Created a = subscribe(Tokens.partner(bankA), RECEIVER.url(pathA), LOAN_TYPES);
        subscribe(Tokens.partner(bankB), RECEIVER.url(pathB), LOAN_TYPES);
        subscribe(Tokens.officer(), RECEIVER.url(office), "id.go.bekasikota.financing.loan-application.state-changed.v1");

        UUID application = UUID.randomUUID();
        UUID cooperative = UUID.randomUUID();
        stateChanged(application, cooperative, bankA, "VERIFIED", "RECOMMENDED", 4);
        String forwarded = stateChanged(application, cooperative, bankA, "RECOMMENDED", "FORWARDED", 5);
        String approved = stateChanged(application, cooperative, bankA, "FORWARDED", "APPROVED", 6);

        Awaitility.await().atMost(WAIT).until(() -> RECEIVER.received(pathA).size() == 2 && RECEIVER.received(office).size() == 3);
        List<WebhookReceiver.Received> atA = RECEIVER.received(pathA);
        assertThat(atA).extracting(r -> JsonPath.from(r.body()).getString("id")).containsExactly(forwarded, approved);
        for (WebhookReceiver.Received webhook : atA) {
            assertThat(webhook.header("webhook-signature")).isEqualTo(expectedSignature(a.secret(), webhook.header("webhook-id"),
                    webhook.header("webhook-timestamp"), webhook.body()));
            assertThat(Long.parseLong(webhook.header("webhook-timestamp"))).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
            assertThat(webhook.header("content-type")).startsWith("application/cloudevents+json");
        }
        JsonPath body = JsonPath.from(atA.get(0).body());
        assertThat(body.getString("specversion")).isEqualTo("1.0");
        assertThat(body.getString("type")).isEqualTo("id.go.bekasikota.financing.loan-application.state-changed.v1");
        assertThat(body.getString("subject")).isEqualTo(application.toString());
        assertThat(body.getString("data.toState")).isEqualTo("FORWARDED");
        assertThat(body.getString("data.partnerId")).isEqualTo(bankA);
        assertThat(RECEIVER.received(pathB)).as("another bank's endpoint").isEmpty();
        given().auth().oauth2(Tokens.partner(bankB)).when().get("/api/v1/webhook-subscriptions").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void aClusterEventReachesTheOfficesSubscriptionAndNoPartner() {
        String office = Webhooks.path();
        String bank = Webhooks.path();
        subscribe(Tokens.officer(), RECEIVER.url(office), "id.go.bekasikota.registry.cluster.*");
        subscribe(Tokens.partner(Webhooks.partner()), RECEIVER.url(bank), "id.go.bekasikota.registry.cluster.*");
        UUID cluster = UUID.randomUUID();
        String event = Webhooks.clusterActivityRecorded(cluster, "2026-05");

        Awaitility.await().atMost(WAIT).until(() -> RECEIVER.received(office).size() == 1);
        JsonPath body = JsonPath.from(RECEIVER.received(office).get(0).body());
        assertThat(body.getString("id")).isEqualTo(event);
        assertThat(body.getString("type")).isEqualTo("id.go.bekasikota.registry.cluster.activity-recorded.v1");
        assertThat(body.getString("subject")).isEqualTo(cluster + "/2026-05");
        assertThat(body.getLong("data.salesValue")).isEqualTo(200_000_000L);
        assertThat(RECEIVER.received(bank)).as("a partner's endpoint: the event names no partner").isEmpty();
    }

    @Test
    void threeFailuresThenDeliveredOnceMoreWithTheSameWebhookId() {
        String bank = Webhooks.partner();
        String path = Webhooks.path();
        Webhooks.Created subscription = subscribe(Tokens.partner(bank), RECEIVER.url(path), LOAN_TYPES);
        RECEIVER.answer(path, 500, 500, 500);
        String event = stateChanged(UUID.randomUUID(), UUID.randomUUID(), bank, "RECOMMENDED", "FORWARDED", 5);

        JsonPath delivery = awaitDelivery(bank, subscription.id(), "DELIVERED");
        List<WebhookReceiver.Received> arrived = RECEIVER.received(path);
        assertThat(arrived).hasSize(4);
        assertThat(arrived).extracting(r -> r.header("webhook-id")).containsOnly(delivery.getString("webhookId"));
        assertThat(delivery.getString("eventId")).isEqualTo(event);
        assertThat(delivery.getInt("attempts")).isEqualTo(4);
        assertThat(delivery.getList("attemptLog.statusCode", Integer.class)).containsExactly(500, 500, 500, 200);
        assertThat(delivery.getList("attemptLog.number", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(delivery.getString("attemptLog[0].responseExcerpt")).isEqualTo("receiver says 500");
        assertThat(delivery.getList("attemptLog.latencyMillis", Long.class)).allMatch(ms -> ms >= 0);
    }

    @Test
    void anEndpointDownPastTheBudgetEndsDeadAndARedeliveryGetsThrough() {
        String bank = Webhooks.partner();
        String path = Webhooks.path();
        Webhooks.Created subscription = subscribe(Tokens.partner(bank), RECEIVER.url(path), LOAN_TYPES);
        RECEIVER.down(path, true);
        stateChanged(UUID.randomUUID(), UUID.randomUUID(), bank, "RECOMMENDED", "FORWARDED", 5);

        JsonPath dead = awaitDelivery(bank, subscription.id(), "DEAD");
        int attempts = dead.getInt("attempts");
        assertThat(attempts).isGreaterThanOrEqualTo(3);
        assertThat(dead.getList("attemptLog.statusCode", Integer.class)).containsOnly(503);
        assertThat(RECEIVER.received(path)).hasSize(attempts);

        RECEIVER.down(path, false);
        given().auth().oauth2(Tokens.partner(Webhooks.partner())).when()
                .post("/api/v1/webhook-subscriptions/" + subscription.id() + "/deliveries/" + dead.getString("id") + "/redeliver")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.partner(bank)).when()
                .post("/api/v1/webhook-subscriptions/" + subscription.id() + "/deliveries/" + dead.getString("id") + "/redeliver")
                .then().statusCode(202).body("state", equalTo("PENDING")).body("webhookId", equalTo(dead.getString("webhookId")));
        JsonPath delivered = awaitDelivery(bank, subscription.id(), "DELIVERED");
        assertThat(delivered.getInt("attempts")).isEqualTo(attempts + 1);
        List<WebhookReceiver.Received> arrived = RECEIVER.received(path);
        assertThat(arrived.get(arrived.size() - 1).header("webhook-id")).isEqualTo(dead.getString("webhookId"));
        given().auth().oauth2(Tokens.partner(bank)).when()
                .post("/api/v1/webhook-subscriptions/" + subscription.id() + "/deliveries/" + dead.getString("id") + "/redeliver")
                .then().statusCode(202);
    }

    @Test
    void duringARotationBothSecretsSign() throws Exception {
        String bank = Webhooks.partner();
        String path = Webhooks.path();
        Webhooks.Created subscription = subscribe(Tokens.partner(bank), RECEIVER.url(path), LOAN_TYPES);
        String rotated = given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON).body(Map.of("overlapSeconds", 3600))
                .when().post("/api/v1/webhook-subscriptions/" + subscription.id() + "/secret-rotations")
                .then().statusCode(200).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(subscription.secret());
        given().auth().oauth2(Tokens.partner(bank)).when().get("/api/v1/webhook-subscriptions/" + subscription.id())
                .then().statusCode(200).body("previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));

        stateChanged(UUID.randomUUID(), UUID.randomUUID(), bank, "RECOMMENDED", "FORWARDED", 5);
        Awaitility.await().atMost(WAIT).until(() -> RECEIVER.received(path).size() == 1);
        WebhookReceiver.Received webhook = RECEIVER.received(path).get(0);
        String id = webhook.header("webhook-id");
        String timestamp = webhook.header("webhook-timestamp");
        assertThat(webhook.header("webhook-signature").split(" ")).containsExactly(
                expectedSignature(rotated, id, timestamp, webhook.body()), expectedSignature(subscription.secret(), id, timestamp, webhook.body()));
    }

    /**
     * A receiver that answers 429 asking for an hour, then 503 asking for two: each retry waits what it asked, counted
     * at most the schedule's longest wait (the test profile's 400 ms; the schedule alone would wait 80-120 ms, then
     * 160-240 ms). Honoured in full, the second attempt would come at the 3 s budget's end and its 503 make the
     * delivery DEAD; capped, the third attempt comes about 800 ms in and delivers it.
     */
    @Test
    void aRetryAfterIsHonouredUpToTheLongestWait() throws Exception {
        assertThat(config.retry().max()).as("the test profile's longest wait").isEqualTo(Duration.ofMillis(400));
        Deque<String[]> answers = new ConcurrentLinkedDeque<>(List.of(new String[] {"429", "3600"}, new String[] {"503", "7200"}));
        HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        endpoint.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String[] answer = answers.poll();
                if (answer != null) {
                    exchange.getResponseHeaders().add("Retry-After", answer[1]);
                }
                exchange.sendResponseHeaders(answer == null ? 200 : Integer.parseInt(answer[0]), -1);
            }
        });
        endpoint.start();
        try {
            String bank = Webhooks.partner();
            String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook";
            Webhooks.Created subscription = subscribe(Tokens.partner(bank), url, LOAN_TYPES);
            stateChanged(UUID.randomUUID(), UUID.randomUUID(), bank, "RECOMMENDED", "FORWARDED", 5);

            JsonPath delivery = awaitDelivery(bank, subscription.id(), "DELIVERED");
            assertThat(delivery.getInt("attempts")).isEqualTo(3);
            assertThat(delivery.getList("attemptLog.statusCode", Integer.class)).containsExactly(429, 503, 200);
            assertThat(delivery.getList("attemptLog.error", String.class))
                    .containsExactly("answered 429, Retry-After 3600 s", "answered 503, Retry-After 7200 s", null);
            // Each attempt is recorded once its answer came, and the next one is not sent before 400 ms after that.
            List<Instant> attempted = delivery.getList("attemptLog.attemptedAt", String.class).stream().map(Instant::parse).toList();
            assertThat(Duration.between(attempted.get(0), attempted.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(Duration.between(attempted.get(1), attempted.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        } finally {
            endpoint.stop(0);
        }
    }

    /** The subscription's only delivery, with its attempts, once it is in the state. */
    @Test
    void theDetailShowsTheLatestTwentyAttemptsAndTheAttemptsArePaged() {
        String bank = Webhooks.partner();
        Webhooks.Created subscription = subscribe(Tokens.partner(bank), RECEIVER.url(Webhooks.path()), LOAN_TYPES);
        // 25 failed attempts (several redeliveries' worth), written as the dispatcher writes them: the delivery is DEAD,
        // so no dispatcher takes it.
        UUID deliveryId = QuarkusTransaction.requiringNew().call(() -> {
            Instant at = Instant.parse("2026-03-02T01:00:00Z");
            Delivery delivery = Delivery.of(UUID.fromString(subscription.id()), "event-" + UUID.randomUUID(),
                    "id.go.bekasikota.financing.loan-application.state-changed.v1", UUID.randomUUID().toString(), "{}", at, at);
            delivery.persist();
            for (int i = 1; i <= 25; i++) {
                delivery.failed(at.plusSeconds(i), 500 + i, i, "answered " + (500 + i), "attempt " + i, Optional.empty()).persist();
            }
            return delivery.id;
        });
        String base = "/api/v1/webhook-subscriptions/" + subscription.id() + "/deliveries/" + deliveryId;

        JsonPath detail = given().auth().oauth2(Tokens.partner(bank)).when().get(base).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("state")).isEqualTo("DEAD");
        assertThat(detail.getInt("attempts")).isEqualTo(25);
        assertThat(detail.getList("attemptLog.number", Integer.class))
                .containsExactly(6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25);
        assertThat(detail.getInt("attemptLog[0].statusCode")).isEqualTo(506);
        assertThat(detail.getString("attemptLog[19].responseExcerpt")).isEqualTo("attempt 25");

        JsonPath first = given().auth().oauth2(Tokens.partner(bank)).when().get(base + "/attempts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.number", Integer.class))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(first.getInt("page.size")).isEqualTo(20);
        assertThat(first.getLong("page.totalItems")).isEqualTo(25);
        assertThat(first.getLong("page.totalPages")).isEqualTo(2);
        JsonPath third = given().auth().oauth2(Tokens.partner(bank)).queryParam("page", 3).queryParam("size", 10).when()
                .get(base + "/attempts").then().statusCode(200).extract().jsonPath();
        assertThat(third.getList("items.number", Integer.class)).containsExactly(21, 22, 23, 24, 25);
        assertThat(third.getList("items.error", String.class))
                .containsExactly("answered 521", "answered 522", "answered 523", "answered 524", "answered 525");
        assertThat(third.getInt("page.number")).isEqualTo(3);
        assertThat(third.getLong("page.totalPages")).isEqualTo(3);

        given().auth().oauth2(Tokens.partner(bank)).queryParam("size", 101).when().get(base + "/attempts")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.partner(Webhooks.partner())).when().get(base + "/attempts").then().statusCode(404);
        // The office reads a partner's delivery log (an officer answering a bank whose webhooks stopped; the auditor).
        given().auth().oauth2(Tokens.officer()).when().get(base + "/attempts").then().statusCode(200)
                .body("page.totalItems", equalTo(25));
        given().auth().oauth2(Tokens.auditor()).when().get(base).then().statusCode(200).body("attempts", equalTo(25));
        given().auth().oauth2(Tokens.cooperative(UUID.randomUUID())).when().get(base + "/attempts").then().statusCode(403);
    }

    private static JsonPath awaitDelivery(String bank, String subscription, String state) {
        String deliveryId = Awaitility.await().atMost(WAIT).until(() -> given().auth().oauth2(Tokens.partner(bank))
                .queryParam("state", state).when().get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().<String>path("items[0].id"), java.util.Objects::nonNull);
        return given().auth().oauth2(Tokens.partner(bank)).when()
                .get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries/" + deliveryId)
                .then().statusCode(200).body("state", equalTo(state)).extract().jsonPath();
    }
}
