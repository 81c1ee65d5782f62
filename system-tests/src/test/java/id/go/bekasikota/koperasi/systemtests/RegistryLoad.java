package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Writes to the registry as an officer would: registrations and reports. */
final class RegistryLoad extends WriteLoad {

    private final String token = DevTokens.issue("officer");

    /** Registers a cooperative named {@code tag-n}; returns its id when acknowledged. */
    UUID register(String baseUrl, String tag) {
        String body = """
                {"cooperativeNumber": "9%012d", "name": "%s-%s", "jenis": "JASA", "bentuk": "PRIMER",
                 "kelompok": "COMMUNITY", "kecamatanCode": "327505", "foundedOn": "2005-05-05"}
                """.formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L), tag, UUID.randomUUID());
        return create(baseUrl + "/api/v1/cooperatives", token, body);
    }

    /** Files a report for {@code year}; true when acknowledged. */
    boolean fileReport(String baseUrl, UUID cooperative, int year) {
        String body = """
                {"financialYear": %d, "meetingDate": "%d-03-15", "membersMale": 10, "membersFemale": 12, "employees": 2,
                 "ownCapital": 1000000, "externalCapital": 0, "assets": 5000000, "turnover": 2000000, "surplus": 100000}
                """.formatted(year, year + 1);
        HttpResponse<String> response = post(baseUrl + "/api/v1/cooperatives/" + cooperative + "/annual-reports", token, body);
        return response != null && response.statusCode() == 201;
    }
}
