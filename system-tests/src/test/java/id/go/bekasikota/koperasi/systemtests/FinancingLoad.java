package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens loan applications in financing as a cooperative would, counting what was acknowledged
 * (201 with an id) and what failed, for the reconciliation.
 */
final class FinancingLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String token;
    private final String programId;
    final List<UUID> acknowledged = new CopyOnWriteArrayList<>();
    final List<Integer> failureStatuses = new CopyOnWriteArrayList<>();
    final AtomicInteger connectionFailures = new AtomicInteger();

    FinancingLoad(UUID cooperativeId, String programId) {
        this.token = DevTokens.issue("cooperative", "pengurus@" + cooperativeId, null, cooperativeId.toString(), Duration.ofHours(1));
        this.programId = programId;
    }

    /** Opens a draft whose purpose is {@code tag}; returns its id when acknowledged. */
    UUID open(String baseUrl, String tag) {
        String body = """
                {"programId": "%s", "amount": 25000000, "tenorMonths": 12, "purpose": "%s"}""".formatted(programId, tag);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/loan-applications"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                Matcher matcher = ID.matcher(response.body());
                if (matcher.find()) {
                    UUID id = UUID.fromString(matcher.group(1));
                    acknowledged.add(id);
                    return id;
                }
            }
            failureStatuses.add(response.statusCode());
            return null;
        } catch (IOException e) {
            connectionFailures.incrementAndGet();
            // A client's pause before trying a service that is down again (pacing, not a wait in the test).
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
