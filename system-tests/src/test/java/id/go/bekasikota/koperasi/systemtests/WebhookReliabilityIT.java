package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import id.go.bekasikota.koperasi.stack.WebhookReceiver;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reliability suite's webhook case: notifications-service killed (SIGKILL) while registrations
 * keep coming. Every acknowledged registration must reach a government system's endpoint at least
 * once; a webhook sent twice (in flight at the kill, sent again after its lease) carries the same
 * webhook-id, and no event gets two webhook-ids. The endpoint answers slowly, so that sends are in
 * flight when the service dies.
 */
@ExtendWith(SuiteExtension.class)
class WebhookReliabilityIT {

    @Test
    void notificationsKilledUnderLoadDeliverEveryEventAtLeastOnce(LocalSuite suite) throws Exception {
        String tag = "whkill" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/gov/" + tag;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // A slow endpoint: at any moment a batch is in flight, so the kill interrupts sends whose requests arrived.
            receiver.slow(path, Duration.ofMillis(400));
            io.restassured.RestAssured.given().auth().oauth2(Tokens.officer()).contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("url", receiver.url(path), "eventTypes", List.of("id.go.bekasikota.registry.cooperative.registered.v1")))
                    .when().post("/api/v1/webhook-subscriptions").then().statusCode(201);
            ServiceProcess notifications = suite.service("notifications");
            String registry = suite.service("registry").url();
            RegistryLoad load = new RegistryLoad();
            AtomicBoolean running = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (running.get()) {
                    load.register(registry, tag);
                }
            });
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receiver.received(path).size() >= 40);
            notifications.kill();
            int receivedAtKill = receiver.received(path).size();
            int acknowledgedAtKill = load.acknowledged.size();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedAtKill + 40);
            notifications.start();
            notifications.awaitReady(Duration.ofSeconds(90));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged.size() >= acknowledgedAtKill + 80);
            running.set(false);
            writer.get(30, TimeUnit.SECONDS);
            Set<String> acknowledged = load.acknowledged.stream().map(UUID::toString).collect(Collectors.toSet());

            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> cooperativesIn(receiver.received(path)).containsAll(acknowledged));
            List<WebhookReceiver.Received> arrived = receiver.received(path);
            Map<String, Set<String>> webhookIdsPerEvent = arrived.stream().collect(Collectors.groupingBy(
                    r -> json(r.body()).path("id").asText(), Collectors.mapping(r -> r.header("webhook-id"), Collectors.toSet())));
            Map<String, Set<String>> bodiesPerWebhookId = arrived.stream().collect(Collectors.groupingBy(
                    r -> r.header("webhook-id"), Collectors.mapping(WebhookReceiver.Received::body, Collectors.toSet())));
            assertThat(webhookIdsPerEvent.values()).as("one webhook-id per event").allMatch(ids -> ids.size() == 1);
            assertThat(bodiesPerWebhookId.values()).as("a duplicate is the same webhook").allMatch(bodies -> bodies.size() == 1);
            Set<String> delivered = cooperativesIn(arrived);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(delivered);
            assertThat(lost).as("acknowledged registrations whose webhook never arrived").isEmpty();
            assertThat(arrived.size() - bodiesPerWebhookId.size()).as("webhooks in flight at the kill, sent again after their lease").isPositive();

            Map<String, Long> counts = new TreeMap<>();
            counts.put("registrations acknowledged", (long) acknowledged.size());
            counts.put("acknowledged at the kill", (long) acknowledgedAtKill);
            counts.put("webhooks received before the kill", (long) receivedAtKill);
            counts.put("webhook requests received", (long) arrived.size());
            counts.put("distinct webhook-ids", (long) bodiesPerWebhookId.size());
            counts.put("duplicates (same webhook-id again)", (long) (arrived.size() - bodiesPerWebhookId.size()));
            counts.put("registrations refused while writing", (long) load.connectionFailures.get() + load.failureStatuses.size());
            System.out.println("[reliability] notifications kill -9 under registrations: " + counts + ", lost = " + lost.size());
        }
    }

    /**
     * The cooperatives the webhooks name. Read with Jackson: the test asks every 100 ms while hundreds arrive,
     * and REST Assured's JsonPath compiles a Groovy script for every value it reads (issue 20: 8% of the system
     * tests' JVM).
     */
    private static Set<String> cooperativesIn(List<WebhookReceiver.Received> received) {
        return received.stream().map(r -> json(r.body()).path("data").path("cooperative").path("id").asText()).collect(Collectors.toSet());
    }

    private static JsonNode json(String body) {
        try {
            return ApiOperations.JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("a webhook whose body is not JSON: " + body, e);
        }
    }
}
