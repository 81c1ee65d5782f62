package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes to the registry as an officer would: registrations and reports. Keeps its own record of
 * what it was told: each acknowledged registration with the name it sent, each acknowledged report.
 */
final class RegistryLoad extends WriteLoad {

    private final String token = DevTokens.issue("officer");
    private final Map<UUID, String> names = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Integer>> reports = new ConcurrentHashMap<>();

    /** Registers a cooperative named {@code tag-n}; returns its id when acknowledged. */
    UUID register(String baseUrl, String tag) {
        String name = tag + "-" + UUID.randomUUID();
        String body = """
                {"cooperativeNumber": "9%012d", "name": "%s", "jenis": "JASA", "bentuk": "PRIMER",
                 "kelompok": "COMMUNITY", "kecamatanCode": "327505", "foundedOn": "2005-05-05"}
                """.formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L), name);
        UUID id = create(baseUrl + "/api/v1/cooperatives", token, body);
        if (id != null) {
            names.put(id, name);
        }
        return id;
    }

    /** Files a report for {@code year}; true when acknowledged. */
    boolean fileReport(String baseUrl, UUID cooperative, int year) {
        String body = """
                {"financialYear": %d, "meetingDate": "%d-03-15", "membersMale": 10, "membersFemale": 12, "employees": 2,
                 "ownCapital": 1000000, "externalCapital": 0, "assets": 5000000, "turnover": 2000000, "surplus": 100000}
                """.formatted(year, year + 1);
        HttpResponse<String> response = post(baseUrl + "/api/v1/cooperatives/" + cooperative + "/annual-reports", token, body);
        boolean acknowledged = response != null && response.statusCode() == 201;
        if (acknowledged) {
            reports.computeIfAbsent(cooperative, id -> ConcurrentHashMap.newKeySet()).add(year);
        }
        return acknowledged;
    }

    /** The registrations acknowledged, with what the client sent and the reports acknowledged since. */
    List<ProjectionCheck.Acknowledged> acknowledgedWrites() {
        return acknowledged.stream()
                .map(id -> new ProjectionCheck.Acknowledged(id, names.get(id), Set.copyOf(reports.getOrDefault(id, Set.of()))))
                .toList();
    }

    /** Requests whose outcome the client does not know or was told failed: each may still have been committed. */
    int unanswered() {
        return connectionFailures.get() + failureStatuses.size();
    }
}
