package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.WebhookReceiver;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.testsupport.DocumentedSnippets;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 18 through the gateway: a bank's endpoint (a receiver on loopback, which the system tests'
 * configuration allows over http) subscribes, an application is forwarded to the bank, and the
 * webhook arrives signed, verifiable with the snippet of docs/webhooks.md, retried after failures
 * with the same webhook-id; an endpoint down past the budget ends DEAD and is redelivered; another
 * bank hears nothing.
 */
@ExtendWith(SuiteExtension.class)
class WebhooksIT {

    private static final WebhookReceiver RECEIVER = new WebhookReceiver();
    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @AfterAll
    static void closeReceiver() {
        RECEIVER.close();
    }

    @Test
    void aBankHearsOfItsForwardedApplicationSignedAndRetriedAndNoOtherBankDoes() throws Exception {
        String bank = "bank-wh-" + UUID.randomUUID().toString().substring(0, 6);
        String otherBank = "bank-wh-" + UUID.randomUUID().toString().substring(0, 6);
        String bankPath = "/bank/" + bank;
        String otherPath = "/bank/" + otherBank;
        Map<String, String> subscription = subscribe(Tokens.partner(bank), bankPath, "id.go.bekasikota.financing.loan-application.*");
        subscribe(Tokens.partner(otherBank), otherPath, "id.go.bekasikota.financing.loan-application.*");
        RECEIVER.answer(bankPath, 500, 500, 500);

        LoanForwarding.Forwarded forwarded = LoanForwarding.toPartner(bank);

        JsonPath delivery = awaitDelivery(Tokens.partner(bank), subscription.get("id"), "DELIVERED");
        List<WebhookReceiver.Received> arrived = RECEIVER.received(bankPath);
        assertThat(arrived).as("three failed attempts and the delivery").hasSize(4);
        assertThat(arrived).extracting(r -> r.header("webhook-id")).containsOnly(delivery.getString("webhookId"));
        assertThat(delivery.getInt("attempts")).isEqualTo(4);
        assertThat(delivery.getList("attemptLog.statusCode", Integer.class)).containsExactly(500, 500, 500, 200);
        JsonPath event = JsonPath.from(arrived.get(3).body());
        assertThat(event.getString("type")).isEqualTo("id.go.bekasikota.financing.loan-application.state-changed.v1");
        assertThat(event.getString("data.applicationId")).isEqualTo(forwarded.applicationId());
        assertThat(event.getString("data.toState")).isEqualTo("FORWARDED");
        assertThat(event.getString("data.partnerId")).isEqualTo(bank);

        Method verify = documentedJavaVerifier();
        long now = Instant.now().getEpochSecond();
        for (WebhookReceiver.Received webhook : arrived) {
            assertThat((Boolean) verify.invoke(null, subscription.get("secret"), webhook.header("webhook-id"),
                    webhook.header("webhook-timestamp"), webhook.header("webhook-signature"), webhook.body(), now))
                    .as("verified with the documented snippet").isTrue();
            assertThat((Boolean) verify.invoke(null, subscription.get("secret"), webhook.header("webhook-id"),
                    webhook.header("webhook-timestamp"), webhook.header("webhook-signature"), webhook.body() + " ", now))
                    .as("a changed body fails the documented check").isFalse();
        }
        assertThat(RECEIVER.received(otherPath)).as("another bank's endpoint").isEmpty();
        given().auth().oauth2(Tokens.partner(otherBank)).when().get(SUBSCRIPTIONS + "/" + subscription.get("id") + "/deliveries")
                .then().statusCode(404);
    }

    @Test
    void anEndpointDownPastTheRetryBudgetEndsDeadAndIsRedelivered() {
        String path = "/gov/" + UUID.randomUUID();
        Map<String, String> subscription = subscribe(Tokens.officer(), path, "id.go.bekasikota.registry.cooperative.registered.v1");
        RECEIVER.down(path, true);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of(
                        "cooperativeNumber", CooperativeNumbers.unique(), "name", "Koperasi Konsumen Mati Listrik " + UUID.randomUUID(),
                        "jenis", "KONSUMEN", "bentuk", "PRIMER", "kelompok", "COMMUNITY", "kecamatanCode", "327511", "foundedOn", "2015-03-03"))
                .when().post("/api/v1/cooperatives").then().statusCode(201);

        JsonPath dead = awaitDelivery(Tokens.officer(), subscription.get("id"), "DEAD");
        assertThat(dead.getList("attemptLog.statusCode", Integer.class)).isNotEmpty().containsOnly(503);
        assertThat(RECEIVER.received(path)).hasSize(dead.getInt("attempts"));
        given().auth().oauth2(Tokens.officer()).when().get(SUBSCRIPTIONS + "/" + subscription.get("id"))
                .then().statusCode(200).body("consecutiveFailures", equalTo(dead.getInt("attempts")));

        RECEIVER.down(path, false);
        given().auth().oauth2(Tokens.officer()).when()
                .post(SUBSCRIPTIONS + "/" + subscription.get("id") + "/deliveries/" + dead.getString("id") + "/redeliver")
                .then().statusCode(202).body("state", equalTo("PENDING"));
        JsonPath delivered = awaitDelivery(Tokens.officer(), subscription.get("id"), "DELIVERED");
        assertThat(delivered.getInt("attempts")).isEqualTo(dead.getInt("attempts") + 1);
        List<WebhookReceiver.Received> arrived = RECEIVER.received(path);
        assertThat(arrived.get(arrived.size() - 1).header("webhook-id")).isEqualTo(dead.getString("webhookId"));
        given().auth().oauth2(Tokens.officer()).when().get(SUBSCRIPTIONS + "/" + subscription.get("id"))
                .then().statusCode(200).body("circuit", equalTo("CLOSED")).body("consecutiveFailures", equalTo(0));
    }

    static Map<String, String> subscribe(String token, String path, String... types) {
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER.url(path), "eventTypes", List.of(types)))
                .when().post(SUBSCRIPTIONS).then().statusCode(201).extract().jsonPath();
        return Map.of("id", created.getString("id"), "secret", created.getString("secret"));
    }

    /** The subscription's latest delivery in the state, with its attempts. */
    static JsonPath awaitDelivery(String token, String subscription, String state) {
        String id = Awaitility.await().atMost(WAIT).until(() -> given().auth().oauth2(token).queryParam("state", state)
                .when().get(SUBSCRIPTIONS + "/" + subscription + "/deliveries")
                .then().statusCode(200).extract().<String>path("items[0].id"), Objects::nonNull);
        return given().auth().oauth2(token).when().get(SUBSCRIPTIONS + "/" + subscription + "/deliveries/" + id)
                .then().statusCode(200).body("state", equalTo(state)).extract().jsonPath();
    }

    /** {@code WebhookVerifier.verify} of docs/webhooks.md, compiled as a partner would copy it. */
    static Method documentedJavaVerifier() throws NoSuchMethodException {
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        Class<?> verifier = DocumentedSnippets.compileJava(DocumentedSnippets.block(root.resolve("docs/webhooks.md"), "java"), "WebhookVerifier");
        return verifier.getMethod("verify", String.class, String.class, String.class, String.class, String.class, long.class);
    }
}
