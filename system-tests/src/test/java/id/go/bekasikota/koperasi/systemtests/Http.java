package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain HTTP client for the contract tests, which send thousands of requests (lighter than REST
 * Assured, and it sends exactly the bytes and headers it is given, broken ones included).
 */
final class Http {

    /** What came back: status, content type (may be empty) and body. */
    record Answer(int status, String contentType, String body) {
        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    Http(String gatewayUrl) {
        this.base = gatewayUrl;
    }

    /**
     * Sends a request that keeps the OpenAPI documents; the request and its answer are checked
     * against them ({@link Conformance}).
     *
     * @param pathAndQuery already encoded
     * @param body         null for none
     */
    Answer send(String method, String pathAndQuery, Map<String, String> headers, String body) {
        return send(method, pathAndQuery, headers, body, true);
    }

    /** Sends a request broken on purpose (wrong types, no token, ...): only its answer is checked against the documents. */
    Answer sendBroken(String method, String pathAndQuery, Map<String, String> headers, String body) {
        return send(method, pathAndQuery, headers, body, false);
    }

    private Answer send(String method, String pathAndQuery, Map<String, String> headers, String body, boolean conforming) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            Conformance.check(built, body, response, conforming);
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + pathAndQuery + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** How many requests one token of {@link #token} serves: under every per-client limit of the gateway (bulk: 30 a minute). */
    static final int REQUESTS_PER_TOKEN = 10;
    private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();

    /**
     * A development token for one role whose subject serves {@link #REQUESTS_PER_TOKEN} requests and no more,
     * so that thousands of requests do not run into the gateway's per-client rate limit (a partner is limited
     * per {@code partner_id}, so each partner token names a partner of its own too). Issue 20: a token for
     * every request cost an RSA signature each (about 6% of the system tests' JVM, most of it in the
     * malformed-input sweep), and the gateway and the services checked each new one.
     */
    static String token(String role, UUID cooperativeId) {
        return SHARED.compute(role + "/" + cooperativeId, (key, shared) -> shared == null || shared.uses() >= REQUESTS_PER_TOKEN
                ? new Shared(issue(role, cooperativeId), 1)
                : new Shared(shared.token(), shared.uses() + 1)).token();
    }

    private static String issue(String role, UUID cooperativeId) {
        String unique = UUID.randomUUID().toString();
        return DevTokens.issue(role, role + "-" + unique + "@contract-tests",
                "partner".equals(role) ? "bank-" + unique : null,
                "cooperative".equals(role) ? String.valueOf(cooperativeId) : null,
                Duration.ofMinutes(10));
    }

    /** A token and the requests it has been handed out for. */
    private record Shared(String token, int uses) {
    }
}
