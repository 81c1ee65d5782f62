package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.LocalSuite;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: 50 anonymous connections that stall (25 in their headers, 25 in their body) are held
 * against the gateway for 30 s while an officer calls every service. The officer is served every
 * time, no circuit opens, and the gateway closes every stalled connection itself (its idle timeout,
 * 15 s; a body that trickles has 30 s in all).
 */
@ExtendWith(SuiteExtension.class)
class EdgeAttackIT {

    private static final Duration HOLD = Duration.ofSeconds(30);
    private static final List<String> OFFICER_READS = List.of("/api/v1/cooperatives?size=5", "/api/v1/loan-applications?size=5",
            "/api/v1/award-programs?size=5");

    @Test
    void fiftyStalledAnonymousConnectionsTakeNoServiceDown(LocalSuite suite) throws Exception {
        GatewayProbe gateway = new GatewayProbe(suite);
        Map<String, String> circuitsBefore = gateway.circuits();
        int port = URI.create(suite.gatewayUrl()).getPort();
        long started = System.nanoTime();
        List<RawClient> stalled = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            stalled.add(RawClient.connect(port).send("GET /api/v1/cooperatives?name=stall HTTP/1.1\r\nHost: localhost\r\nAccept: appli"));
            stalled.add(RawClient.connect(port).send("POST /api/v1/loan-simulations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"principal\": "));
        }
        Map<RawClient, Long> closedAfterMillis = new ConcurrentHashMap<>();
        AtomicBoolean holding = new AtomicBoolean(true);
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            stalled.forEach(client -> client.pollTimeout(Duration.ofMillis(5)));
            while (holding.get() && closedAfterMillis.size() < stalled.size()) {
                for (RawClient client : stalled) {
                    if (!closedAfterMillis.containsKey(client) && client.closedByServer()) {
                        closedAfterMillis.put(client, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                    }
                }
            }
        });

        Http http = new Http(suite.gatewayUrl());
        String officer = DevTokens.issue("officer", "edge-attack-" + UUID.randomUUID() + "@dev", null, null, Duration.ofHours(1));
        List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        // A round over the three services every 400 ms: 450 requests a minute, within the officer's rate limit of 600.
        ScheduledExecutorService officerClock = Executors.newSingleThreadScheduledExecutor();
        officerClock.scheduleAtFixedRate(() -> {
            for (String read : OFFICER_READS) {
                long sent = System.nanoTime();
                try {
                    Http.Answer answer = http.send("GET", read, Map.of("Authorization", "Bearer " + officer, "Accept", "application/json"), null);
                    micros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
                    if (answer.status() != 200) {
                        failures.add(read + " -> " + answer);
                    }
                } catch (AssertionError noAnswer) {
                    failures.add(read + " -> " + noAnswer.getMessage());
                }
            }
        }, 0, 400, TimeUnit.MILLISECONDS);
        await().atMost(HOLD.plusSeconds(5)).until(() -> System.nanoTime() - started >= HOLD.toNanos());
        officerClock.shutdown();
        officerClock.awaitTermination(30, TimeUnit.SECONDS);
        int requests = micros.size();
        holding.set(false);
        watcher.get(10, TimeUnit.SECONDS);
        stalled.forEach(RawClient::close);

        Map<String, String> circuitsAfter = gateway.circuits();
        long firstClosed = closedAfterMillis.values().stream().mapToLong(Long::longValue).min().orElse(-1);
        long lastClosed = closedAfterMillis.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        List<Long> latencies = List.copyOf(micros);
        System.out.printf("[edge-attack] timeouts: idle 15 s (quarkus.http.idle-timeout), body 30 s in all "
                        + "(koperasi.limits.body-timeout); %d of %d stalled connections closed by the gateway after %d-%d ms;%n"
                        + "[edge-attack] officer: %d requests to registry, financing and awards in %d s, %d failed, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; circuits %s%n",
                closedAfterMillis.size(), stalled.size(), firstClosed, lastClosed, requests, HOLD.toSeconds(), failures.size(),
                percentile(latencies, 50) / 1000.0, percentile(latencies, 99) / 1000.0, percentile(latencies, 100) / 1000.0,
                circuitsAfter);
        assertThat(failures).as("the officer's requests during the attack").isEmpty();
        assertThat(closedAfterMillis).as("stalled connections the gateway closed within the %d s hold", HOLD.toSeconds())
                .hasSameSizeAs(stalled);
        assertThat(circuitsAfter).as("no circuit opened during the attack").isEqualTo(circuitsBefore);
        assertThat(circuitsAfter.values()).allMatch(state -> state.startsWith("CLOSED"));
    }

    /** The nearest-rank percentile of the recorded values. */
    static long percentile(List<Long> values, double percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, rank - 1));
    }
}
