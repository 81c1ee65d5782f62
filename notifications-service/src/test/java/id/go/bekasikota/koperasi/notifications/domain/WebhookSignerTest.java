package id.go.bekasikota.koperasi.notifications.domain;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTest {

    /** The vector of the Standard Webhooks reference libraries' tests (libraries/go/webhook_test.go, TestWebhookSign). */
    @Test
    void signsTheSpecificationsKnownVector() {
        String signature = WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSignatureIsTheHmacOfIdTimestampAndBody() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal("msg_1.1700000000.{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(WebhookSigner.sign(secret, "msg_1", 1700000000L, "{\"a\":\"é\"}")).isEqualTo(expected);
    }

    @Test
    void duringARotationEverySecretSignsSpaceSeparated() {
        String a = WebhookSigner.newSecret(new SecureRandom());
        String b = WebhookSigner.newSecret(new SecureRandom());
        String header = WebhookSigner.signatures(List.of(a, b), "msg_2", 5L, "{}");
        assertThat(header.split(" ")).containsExactly(WebhookSigner.sign(a, "msg_2", 5L, "{}"), WebhookSigner.sign(b, "msg_2", 5L, "{}"));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aNewSecretIsWhsecAndThirtyTwoRandomBytes() {
        String secret = WebhookSigner.newSecret(new SecureRandom());
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    }
}
