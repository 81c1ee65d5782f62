package id.go.bekasikota.koperasi.stack;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * Bearer tokens for local use, signed by the development key in {@code dev-keys/}. Only the
 * development setup ({@code ./suite}, the tests) trusts that key; production configuration
 * names its own issuer and key set.
 */
public final class DevTokens {

    public static final String ISSUER = "https://koperasi.bekasikota.go.id/dev";
    public static final String AUDIENCE = "koperasi-suite";
    public static final String PUBLIC_KEY_RESOURCE = "dev-keys/public.pem";

    private DevTokens() {
    }

    /** A token with one role; {@code partnerId} and {@code cooperativeId} may be null. */
    public static String issue(String role, String subject, String partnerId, String cooperativeId, Duration ttl) {
        return claims(role, subject, partnerId, cooperativeId, ttl).jws().keyId("koperasi-dev").sign(privateKey());
    }

    public static String issue(String role) {
        return issue(role, role + "@dev", null, null, Duration.ofHours(8));
    }

    /** The claims of a development token, for tests that need to forge a bad one. */
    public static JwtClaimsBuilder claims(String role, String subject, String partnerId, String cooperativeId, Duration ttl) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(ttl);
        if (partnerId != null) {
            claims.claim("partner_id", partnerId);
        }
        if (cooperativeId != null) {
            claims.claim("cooperative_id", cooperativeId);
        }
        return claims;
    }

    public static PrivateKey privateKey() {
        return PrivateKeyHolder.KEY;
    }

    /** The development key, read once. */
    private static final class PrivateKeyHolder {
        static final PrivateKey KEY = read();

        private static PrivateKey read() {
            try {
                return KeyUtils.decodePrivateKey(resource("dev-keys/private.pem"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Development key unreadable", e);
            }
        }
    }

    public static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    /** Writes the public key to a file that a service's {@code mp.jwt.verify.publickey.location} can name. */
    public static Path writePublicKey(Path directory) {
        try {
            Path file = directory.resolve("dev-public.pem");
            Files.writeString(file, publicKeyPem());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
