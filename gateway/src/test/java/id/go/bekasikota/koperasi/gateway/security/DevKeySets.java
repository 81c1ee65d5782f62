package id.go.bekasikota.koperasi.gateway.security;

import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.Ports;
import io.smallrye.jwt.util.KeyUtils;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/** An identity provider's key set (JWKS) for the gateway's tests, made of the development key of {@code ./suite token}. */
final class DevKeySets {

    private DevKeySets() {
    }

    /**
     * A free port for a test's key set, kept in a system property under {@code name}: a test's profile and the test
     * itself are loaded by different class loaders, and must agree.
     */
    static int port(String name) {
        synchronized (System.class) {
            String key = "koperasi.test." + name + "-port";
            String port = System.getProperty(key);
            if (port == null) {
                port = String.valueOf(Ports.free());
                System.setProperty(key, port);
            }
            return Integer.parseInt(port);
        }
    }

    /** The development public key as a JWKS signing key (RS256) under each of {@code keyIds}. */
    static String signingKeys(String... keyIds) throws Exception {
        return of(List.of(keyIds), false);
    }

    /** As {@link #signingKeys}, with an encryption key beside them ({@code koperasi-enc}), as Keycloak publishes one. */
    static String signingKeysAndAnEncryptionKey(String... keyIds) throws Exception {
        return of(List.of(keyIds), true);
    }

    private static String of(List<String> keyIds, boolean encryption) throws Exception {
        PublicKey key = KeyUtils.decodePublicKey(DevTokens.publicKeyPem());
        List<PublicJsonWebKey> keys = new ArrayList<>();
        for (String keyId : keyIds) {
            keys.add(jwk(key, keyId, "RS256", "sig"));
        }
        if (encryption) {
            keys.add(jwk(key, "koperasi-enc", "RSA-OAEP", "enc"));
        }
        return new JsonWebKeySet(keys.toArray(PublicJsonWebKey[]::new)).toJson();
    }

    private static PublicJsonWebKey jwk(PublicKey key, String keyId, String algorithm, String use) throws Exception {
        PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key);
        jwk.setKeyId(keyId);
        jwk.setAlgorithm(algorithm);
        jwk.setUse(use);
        return jwk;
    }
}
