package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import id.go.bekasikota.koperasi.testsupport.RawClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22: a caller that hangs up is not a failing service, and a service that is really down
 * still is one.
 */
@ExtendWith(SuiteExtension.class)
class ClientAbortIT {

    /** One route of each service, each an operation that reads the service's database. */
    /** The callers that hang up, on a loopback address of their own (127.0.0.2 is EdgeAttackIT's). */
    private static final String ABANDONING_ADDRESS = "127.0.0.3";

    private static final Map<String, String> ROUTES = Map.of(
            "registry", "/api/v1/cooperatives?name=koperasi&size=20",
            "financing", "/api/v1/loan-applications?size=20",
            "awards", "/api/v1/nominations?size=20");

    @Test
    void burstsOfAbandonedRequestsNeverOpenACircuitWhileAnOfficerIsServed(LocalSuite suite) throws Exception {
        GatewayProbe gateway = new GatewayProbe(suite);
        Map<String, String> circuitsBefore = gateway.circuits();
        double abortsBefore = gateway.counter("koperasi_gateway_client_aborts_total");
        int port = URI.create(suite.gatewayUrl()).getPort();

        AtomicBoolean bursting = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> officerStatuses = new ConcurrentHashMap<>();
        CompletableFuture<Void> officer = CompletableFuture.runAsync(() -> {
            Http http = new Http(suite.gatewayUrl());
            String token = DevTokens.issue("officer", "abort-officer-" + UUID.randomUUID() + "@dev", null, null, Duration.ofHours(1));
            while (bursting.get()) {
                for (String route : ROUTES.values()) {
                    int status = http.send("GET", route, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), null).status();
                    officerStatuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            }
        });

        // Three bursts in a row to each service: closed (FIN), reset (SO_LINGER 0), then half and half.
        int abandoned = 0;
        for (int burst = 0; burst < 3; burst++) {
            for (Map.Entry<String, String> route : ROUTES.entrySet()) {
                List<RawClient> callers = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    // Each caller its own token: no client limit refuses it before the service is called.
                    String token = DevTokens.issue("officer", "abandoning-" + UUID.randomUUID() + "@dev", null, null, Duration.ofMinutes(5));
                    // From another local address than the officer's: the gateway limits connections per address (64),
                    // and 150 abandoning callers on the officer's own address had its next new connection refused (429).
                    callers.add(RawClient.connect(port, ABANDONING_ADDRESS).send("GET " + route.getValue() + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + token + "\r\nAccept: application/json\r\n\r\n"));
                }
                for (int i = 0; i < callers.size(); i++) {
                    callers.get(i).hangUp(burst == 1 || burst == 2 && i % 2 == 0);
                }
                abandoned += callers.size();
            }
        }
        // The officer goes on until the gateway has seen the hang-ups, then a little longer.
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.counter("koperasi_gateway_client_aborts_total") > abortsBefore);
        int servedAfter = officerStatuses.values().stream().mapToInt(AtomicInteger::get).sum() + 30;
        await().atMost(Duration.ofSeconds(60)).until(() -> officerStatuses.values().stream().mapToInt(AtomicInteger::get).sum() >= servedAfter);
        bursting.set(false);
        officer.get(30, TimeUnit.SECONDS);

        double aborts = gateway.counter("koperasi_gateway_client_aborts_total") - abortsBefore;
        Map<String, String> circuitsAfter = gateway.circuits();
        System.out.printf("[client-abort] %d requests abandoned (3 bursts x 3 services x 50; FIN, RST, half each); the gateway "
                        + "counted %.0f client aborts; officer statuses %s; circuits %s%n",
                abandoned, aborts, officerStatuses, circuitsAfter);
        assertThat(officerStatuses.keySet()).as("the officer's statuses during the bursts").containsOnly(200);
        assertThat(circuitsAfter).as("circuits before and after the bursts").isEqualTo(circuitsBefore);
        assertThat(circuitsAfter.values()).allMatch(state -> state.startsWith("CLOSED"));
    }

    @Test
    void aServiceStoppedForRealOpensItsCircuitWhichClosesWhenItReturns(LocalSuite suite) {
        GatewayProbe gateway = new GatewayProbe(suite);
        Http http = new Http(suite.gatewayUrl());
        String officer = DevTokens.issue("officer", "outage-officer-" + UUID.randomUUID() + "@dev", null, null, Duration.ofHours(1));
        Map<String, String> headers = Map.of("Authorization", "Bearer " + officer, "Accept", "application/json");
        ServiceProcess awards = suite.service("awards");
        awards.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Http.Answer answer = http.send("GET", ROUTES.get("awards"), headers, null);
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.body()).contains("circuit open");
            });
            assertThat(gateway.circuits().get("awards")).startsWith("OPEN").contains("refused");
            // The other services are not concerned.
            assertThat(http.send("GET", ROUTES.get("registry"), headers, null).status()).isEqualTo(200);
        } finally {
            awards.start();
            awards.awaitReady(Duration.ofSeconds(120));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(http.send("GET", ROUTES.get("awards"), headers, null).status()).isEqualTo(200));
        assertThat(gateway.circuits().get("awards")).startsWith("CLOSED");
        System.out.println("[client-abort] awards stopped and started again: circuit " + gateway.circuits().get("awards"));
    }
}
