package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;

import java.time.Duration;
import java.util.UUID;

/** Opens loan applications in financing as a cooperative would. */
final class FinancingLoad extends WriteLoad {

    private final String token;
    private final String programId;

    FinancingLoad(UUID cooperativeId, String programId) {
        this.token = DevTokens.issue("cooperative", "pengurus@" + cooperativeId, null, cooperativeId.toString(), Duration.ofHours(1));
        this.programId = programId;
    }

    /** Opens a draft whose purpose is {@code tag}; returns its id when acknowledged. */
    UUID open(String baseUrl, String tag) {
        String body = """
                {"programId": "%s", "amount": 25000000, "tenorMonths": 12, "purpose": "%s"}""".formatted(programId, tag);
        return create(baseUrl + "/api/v1/loan-applications", token, body);
    }
}
