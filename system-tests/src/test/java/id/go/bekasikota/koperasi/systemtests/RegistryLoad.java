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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes to the registry as a client would, counting what was acknowledged (2xx with an id) and
 * what failed: the reconciliation checks the acknowledged ones were never lost.
 */
final class RegistryLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String token = DevTokens.issue("officer");
    final List<UUID> acknowledged = new CopyOnWriteArrayList<>();
    final List<Integer> failureStatuses = new CopyOnWriteArrayList<>();
    final AtomicInteger connectionFailures = new AtomicInteger();

    /** Registers a cooperative named {@code tag-n}; returns its id when acknowledged. */
    UUID register(String baseUrl, String tag) {
        String body = """
                {"cooperativeNumber": "9%012d", "name": "%s-%s", "jenis": "JASA", "bentuk": "PRIMER",
                 "kelompok": "COMMUNITY", "kecamatanCode": "327505", "foundedOn": "2005-05-05"}
                """.formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L), tag, UUID.randomUUID());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cooperatives"))
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

    /** Files a report for {@code year}; true when acknowledged. */
    boolean fileReport(String baseUrl, UUID cooperative, int year) {
        String body = """
                {"financialYear": %d, "meetingDate": "%d-03-15", "membersMale": 10, "membersFemale": 12, "employees": 2,
                 "ownCapital": 1000000, "externalCapital": 0, "assets": 5000000, "turnover": 2000000, "surplus": 100000}
                """.formatted(year, year + 1);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/v1/cooperatives/" + cooperative + "/annual-reports"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 201;
        } catch (IOException e) {
            connectionFailures.incrementAndGet();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
