package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API4 (unrestricted resource consumption), as an attacker holding an ordinary token would
 * try it: bodies as large as the gateway lets through (12 MiB), many at once, at the operations that
 * read a body whole. Before the bounds, eight 11 MB JSON bodies at once ran the registry out of
 * heap, and 32 uploads of 12 MB a cooperative's token may send ran financing out of it (the JVM
 * then exits: a service down for everyone). Even refused, an upload's remaining chunks were held
 * until its body ended: 64 at once (the gateway lets 32 of a client's requests be in progress)
 * ran financing out of heap in each of three runs, until the rest of a body nobody reads was let
 * go ({@code UnreadBodies}). Each is answered now, 413 (400 for a text value over its bound), 503
 * with {@code Retry-After} when the operation is full, or 429 from the gateway (or the connection
 * closes while the client is still sending), and the same process serves the next caller.
 */
@ExtendWith(SuiteExtension.class)
class MemoryAttackIT {

    /** Just under the gateway's and the services' limit of 12 MiB (12,582,912 bytes). */
    private static final int LARGE = 12_000_000;
    /** The requests of one client the gateway lets be in progress at once ({@code koperasi.limits.in-flight-per-client}). */
    private static final int GATEWAY_CLIENT_REQUESTS = 32;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void largeJsonBodiesAtOnceAreRefusedAndTheRegistryStaysUp(LocalSuite suite) {
        ServiceProcess registry = suite.service("registry");
        long pid = registry.pid();
        String officer = DevTokens.issue("officer", "memory-attack-" + UUID.randomUUID() + "@dev", null, null, Duration.ofHours(1));
        byte[] json = ("{\"name\":\"" + "a".repeat(LARGE - 12) + "\"}").getBytes(StandardCharsets.US_ASCII);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Half with their length (refused before they are read), half without it (chunked: the reader stops at the
            // longest text a JSON body may hold).
            HttpRequest.BodyPublisher body = i % 2 == 0 ? HttpRequest.BodyPublishers.ofByteArray(json)
                    : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json));
            sent.add(client.sendAsync(post(suite, "/api/v1/cooperatives", officer, "application/json", body), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < sent.size(); i++) {
            HttpResponse<String> response = sent.get(i).join();
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            if (i % 2 == 0) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
                assertThat(response.body()).contains("1048576 bytes");
            } else {
                // Read as it comes: the text value passes 65,536 characters long before the body passes 1 MiB.
                assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
                assertThat(response.body()).contains("\"field\":\"name\"");
            }
        }
        assertThat(registry.running()).as("the registry's process; its log ends:%n%s", registry.tail()).isTrue();
        assertThat(registry.pid()).isEqualTo(pid);
        assertThat(get(suite, "/api/v1/cooperatives?size=1", officer).statusCode()).isEqualTo(200);
    }

    @Test
    void largeUploadsAtOnceAreRefusedOrDeferredAndFinancingStaysUp(LocalSuite suite) {
        ServiceProcess financing = suite.service("financing");
        long pid = financing.pid();
        String cooperative = DevTokens.issue("cooperative", "memory-attack-" + UUID.randomUUID() + "@dev", null, UUID.randomUUID().toString(),
                Duration.ofHours(1));
        // A PDF's first bytes, then 12 MB: what the document upload recognises as a PDF.
        byte[] document = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), LARGE);
        String path = "/api/v1/loan-applications/" + UUID.randomUUID() + "/documents?type=PROPOSAL";
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 2 * GATEWAY_CLIENT_REQUESTS; i++) {
            Supplier<HttpRequest.BodyPublisher> body = i % 2 == 0 ? () -> HttpRequest.BodyPublishers.ofByteArray(document)
                    : () -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(document));
            sent.add(client.sendAsync(post(suite, path, cooperative, "application/pdf", body.get()), HttpResponse.BodyHandlers.ofString()));
        }
        int refused = 0;
        List<HttpResponse<String>> answered = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            try {
                answered.add(answer.join());
            } catch (java.util.concurrent.CompletionException closed) {
                // Refused while the client was still sending: the connection may close before the whole body went out
                // (RFC 9110 §15.5.14), and this client then reports the broken pipe rather than the answer.
                assertThat(closed).hasRootCauseInstanceOf(java.io.IOException.class);
            }
        }
        assertThat(financing.running()).as("the financing process; its log ends:%n%s", financing.tail()).isTrue();
        assertThat(answered).as("most uploads are answered").hasSizeGreaterThanOrEqualTo(16);
        for (HttpResponse<String> response : answered) {
            // 408: the gateway gave up on a body that came in too slowly (768 MB in all through two cores); 429: more than
            // 32 of this client's requests were in progress. Both the gateway's own refusals. 404: a body sent without a
            // length, for an application that does not exist, refused before a byte of it is read.
            assertThat(response.statusCode()).as(response.body()).isIn(404, 408, 413, 429, 503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            if (response.statusCode() == 503) {
                assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            } else if (response.statusCode() == 413) {
                refused++;
            }
        }
        assertThat(refused).as("at least the first four are read and refused as too large").isGreaterThanOrEqualTo(4);
        assertThat(financing.pid()).isEqualTo(pid);
        assertThat(get(suite, "/api/v1/financing-programs?size=1", cooperative).statusCode()).isEqualTo(200);
    }

    private static HttpRequest post(LocalSuite suite, String path, String token, String type, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", type).header("Accept", "application/json")
                .POST(body).build();
    }

    private HttpResponse<String> get(LocalSuite suite, String path, String token) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + ": " + e, e);
        }
    }
}
