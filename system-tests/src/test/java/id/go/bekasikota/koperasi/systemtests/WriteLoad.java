package id.go.bekasikota.koperasi.systemtests;

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
 * Writes as a client would, counting what was acknowledged (201 with an id) and what failed:
 * the reconciliation checks that nothing acknowledged was lost.
 */
abstract class WriteLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final List<UUID> acknowledged = new CopyOnWriteArrayList<>();
    final List<Integer> failureStatuses = new CopyOnWriteArrayList<>();
    final AtomicInteger connectionFailures = new AtomicInteger();

    /** POSTs a JSON body; the id of what was created, counted as acknowledged, or null. */
    protected UUID create(String url, String token, String body) {
        HttpResponse<String> response = post(url, token, body);
        if (response != null && response.statusCode() == 201) {
            Matcher matcher = ID.matcher(response.body());
            if (matcher.find()) {
                UUID id = UUID.fromString(matcher.group(1));
                acknowledged.add(id);
                return id;
            }
        }
        if (response != null) {
            failureStatuses.add(response.statusCode());
        }
        return null;
    }

    /** POSTs a JSON body; the answer, or null when the service could not be reached. */
    protected HttpResponse<String> post(String url, String token, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Conformance.check(request, body, response, true);
            return response;
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
