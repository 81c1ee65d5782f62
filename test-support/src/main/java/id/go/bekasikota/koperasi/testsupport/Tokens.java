package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.stack.DevTokens;

import java.time.Duration;
import java.util.UUID;

/** Bearer tokens for tests, signed with the development key the tests' services trust. */
public final class Tokens {

    private Tokens() {
    }

    public static String officer() {
        return DevTokens.issue("officer");
    }

    public static String auditor() {
        return DevTokens.issue("auditor");
    }

    /** A government system's machine client (the province, the ministry's data system). */
    public static String system() {
        return DevTokens.issue("system", "ods-client@dev", null, null, Duration.ofHours(1));
    }

    public static String juror(String subject) {
        return DevTokens.issue("juror", subject, null, null, Duration.ofHours(1));
    }

    public static String partner(String partnerId) {
        return DevTokens.issue("partner", "bank-user@" + partnerId, partnerId, null, Duration.ofHours(1));
    }

    public static String cooperative(UUID cooperativeId) {
        return DevTokens.issue("cooperative", "koperasi@" + cooperativeId, null, cooperativeId.toString(), Duration.ofHours(1));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
