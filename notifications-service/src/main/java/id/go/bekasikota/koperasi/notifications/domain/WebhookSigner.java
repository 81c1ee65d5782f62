package id.go.bekasikota.koperasi.notifications.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signatures of the Standard Webhooks specification (symmetric scheme): {@code v1,} followed by
 * the base64 HMAC-SHA256 of {@code webhook-id.webhook-timestamp.body}, keyed with the secret's
 * bytes (the base64 after {@code whsec_}). During a secret's rotation overlap the header carries
 * one signature per valid secret, space-separated; a receiver accepts any that matches.
 */
public final class WebhookSigner {

    public static final String SECRET_PREFIX = "whsec_";
    /** 32 random bytes: within the 24-64 bytes the specification asks for. */
    static final int SECRET_BYTES = 32;

    private WebhookSigner() {
    }

    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** One signature: {@code v1,<base64>}. */
    public static String sign(String secret, String webhookId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signed = mac.doFinal((webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per secret, space-separated. */
    public static String signatures(List<String> secrets, String webhookId, long timestampSeconds, String body) {
        return secrets.stream().map(s -> sign(s, webhookId, timestampSeconds, body)).collect(Collectors.joining(" "));
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
