package id.go.bekasikota.koperasi.notifications.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.testsupport.DocumentedSnippets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verification snippets of docs/webhooks.md, run as written: the Java one compiled here, the
 * JavaScript one with node. Each must accept the service's own signatures and the Standard
 * Webhooks test vector, and refuse tampered, stale and foreign ones.
 */
class PartnerSnippetsTest {

    private static final Path GUIDE = Path.of("..", "docs", "webhooks.md");
    private static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIME = 1614265330L;
    private static final String VECTOR_BODY = "{\"test\": 2432232314}";
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    /** One verification: the inputs and what the snippet must answer. */
    record Case(String name, String secret, String id, String timestamp, String signatures, String body, long now, boolean valid) {
    }

    private static List<Case> cases() {
        SecureRandom random = new SecureRandom();
        String secret = WebhookSigner.newSecret(random);
        String previous = WebhookSigner.newSecret(random);
        String other = WebhookSigner.newSecret(random);
        String body = "{\"specversion\":\"1.0\",\"type\":\"id.go.bekasikota.financing.loan-application.state-changed.v1\",\"data\":{\"name\":\"Koperasi Boneka Bekasi — ü\"}}";
        long now = 1_782_871_200L;
        String signed = WebhookSigner.signatures(List.of(secret), "msg_abc", now, body);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("the specification's vector", VECTOR_SECRET, VECTOR_ID, Long.toString(VECTOR_TIME), VECTOR_SIGNATURE, VECTOR_BODY, VECTOR_TIME, true));
        cases.add(new Case("the vector with another body", VECTOR_SECRET, VECTOR_ID, Long.toString(VECTOR_TIME), VECTOR_SIGNATURE, "{\"test\": 2432232315}", VECTOR_TIME, false));
        cases.add(new Case("the service's signature", secret, "msg_abc", Long.toString(now), signed, body, now + 30, true));
        cases.add(new Case("during a rotation, with the new secret", secret, "msg_abc", Long.toString(now),
                WebhookSigner.signatures(List.of(secret, previous), "msg_abc", now, body), body, now, true));
        cases.add(new Case("during a rotation, with the previous secret", previous, "msg_abc", Long.toString(now),
                WebhookSigner.signatures(List.of(secret, previous), "msg_abc", now, body), body, now, true));
        cases.add(new Case("another secret", other, "msg_abc", Long.toString(now), signed, body, now, false));
        cases.add(new Case("another webhook id", secret, "msg_abd", Long.toString(now), signed, body, now, false));
        cases.add(new Case("a stale timestamp", secret, "msg_abc", Long.toString(now), signed, body, now + 301, false));
        cases.add(new Case("a changed timestamp", secret, "msg_abc", Long.toString(now + 1), signed, body, now, false));
        cases.add(new Case("a v1a entry and garbage", secret, "msg_abc", Long.toString(now), "v1a," + signed.substring(3) + " v1,###", body, now, false));
        cases.add(new Case("no number as timestamp", secret, "msg_abc", "soon", signed, body, now, false));
        GuideExample example = GuideExample.read();
        cases.add(new Case("the guide's example", example.secret(), example.header("webhook-id"), example.header("webhook-timestamp"),
                example.header("webhook-signature"), example.body(), Long.parseLong(example.header("webhook-timestamp")) + 60, true));
        cases.add(new Case("the guide's example with a line break after the body", example.secret(), example.header("webhook-id"),
                example.header("webhook-timestamp"), example.header("webhook-signature"), example.body() + "\n",
                Long.parseLong(example.header("webhook-timestamp")), false));
        return cases;
    }

    /** The complete example of "What arrives": its request's headers, its body, and the example secret it says it is signed with. */
    record GuideExample(Map<String, String> headers, String body, String secret, int bodyBytes) {

        static GuideExample read() {
            String request = DocumentedSnippets.block(GUIDE, "example-webhook");
            String[] parts = request.split("\n\n", 2);
            Map<String, String> headers = new LinkedHashMap<>();
            parts[0].lines().skip(1).map(line -> line.split(": ", 2)).forEach(h -> headers.put(h[0], h[1]));
            try {
                String guide = Files.readString(GUIDE);
                Matcher secret = Pattern.compile("example secret\\s+`(whsec_[^`]+)`").matcher(guide);
                Matcher bytes = Pattern.compile("its one line of (\\d+) bytes").matcher(guide);
                assertThat(secret.find()).as("the guide names its example secret").isTrue();
                assertThat(bytes.find()).as("the guide gives its example body's length").isTrue();
                return new GuideExample(headers, parts[1], secret.group(1), Integer.parseInt(bytes.group(1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    @Test
    void theGuidesExampleIsSignedAsItSaysAndAfterItsEvent() throws Exception {
        GuideExample example = GuideExample.read();
        long timestamp = Long.parseLong(example.header("webhook-timestamp"));
        // The signature in the guide was computed with Python's hmac; the service signs the same content so.
        assertThat(WebhookSigner.signatures(List.of(example.secret()), example.header("webhook-id"), timestamp, example.body()))
                .isEqualTo(example.header("webhook-signature"));
        assertThat(example.body().getBytes(StandardCharsets.UTF_8)).hasSize(example.bodyBytes());
        assertThat(example.secret().substring("whsec_".length())).hasSize(44);
        // An attempt comes after its event was stored, and the body is the CloudEvent the guide describes.
        JsonNode event = new ObjectMapper().readTree(example.body());
        assertThat(Instant.parse(event.get("time").asText())).isBefore(Instant.ofEpochSecond(timestamp));
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("data").get("amount").asLong()).isEqualTo(250_000_000L);
    }

    @Test
    void theJavaSnippetVerifiesAsDocumented() throws Exception {
        Class<?> verifier = DocumentedSnippets.compileJava(DocumentedSnippets.block(GUIDE, "java"), "WebhookVerifier");
        Method verify = verifier.getMethod("verify", String.class, String.class, String.class, String.class, String.class, long.class);
        for (Case c : cases()) {
            assertThat((Boolean) verify.invoke(null, c.secret(), c.id(), c.timestamp(), c.signatures(), c.body(), c.now()))
                    .as(c.name()).isEqualTo(c.valid());
        }
    }

    @Test
    void theJavaScriptSnippetVerifiesAsDocumented() throws Exception {
        String script = DocumentedSnippets.block(GUIDE, "javascript") + """

                const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
                const results = input.map((c) => verifyWebhook(c.secret,
                    {'webhook-id': c.id, 'webhook-timestamp': c.timestamp, 'webhook-signature': c.signatures}, c.body, c.now));
                process.stdout.write(JSON.stringify(results));
                """;
        List<Case> cases = cases();
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> input = cases.stream().map(c -> Map.<String, Object>of("secret", c.secret(), "id", c.id(),
                "timestamp", c.timestamp(), "signatures", c.signatures(), "body", c.body(), "now", c.now())).toList();
        List<?> results = json.readValue(DocumentedSnippets.runNode(script, json.writeValueAsString(input)), List.class);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(results.get(i)).as(cases.get(i).name()).isEqualTo(cases.get(i).valid());
        }
    }
}
