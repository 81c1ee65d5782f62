package id.go.bekasikota.koperasi.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TokenClaimsCheckTest {

    private static final Instant NOW = Instant.parse("2026-07-01T03:00:00Z");
    private final ObjectMapper json = new ObjectMapper();
    private final TokenClaimsCheck check = new TokenClaimsCheck(json, 30, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anIatBeyondTheSkewIsRefusedAndOneWithinItPasses() throws Exception {
        long now = NOW.getEpochSecond();
        assertThat(check.refusal(json.readTree("{\"iat\":" + (now + 31) + ",\"groups\":[\"officer\"]}"))).contains("issued in the future");
        assertThat(check.refusal(json.readTree("{\"iat\":" + (now + 30) + ",\"groups\":[\"officer\"]}"))).isEmpty();
        assertThat(check.refusal(json.readTree("{\"iat\":" + (now - 3600) + "}"))).isEmpty();
    }

    @Test
    void groupsMustBeAnArray() throws Exception {
        assertThat(check.refusal(json.readTree("{\"groups\":\"officer auditor\"}"))).contains("groups is not an array");
        assertThat(check.refusal(json.readTree("{\"groups\":{\"officer\":true}}"))).contains("groups is not an array");
        assertThat(check.refusal(json.readTree("{\"groups\":[\"officer\",\"auditor\"]}"))).isEmpty();
    }

    @Test
    void aNameOrPartnerIdLongerThanTheDocumentsStateIsRefused() throws Exception {
        String name255 = "u".repeat(255);
        String id64 = "p".repeat(64);
        assertThat(check.refusal(json.readTree("{\"preferred_username\":\"" + name255 + "\",\"partner_id\":\"" + id64 + "\"}")))
                .isEmpty();
        assertThat(check.refusal(json.readTree("{\"preferred_username\":\"" + name255 + "u\"}")))
                .contains("preferred_username is longer than 255 characters");
        assertThat(check.refusal(json.readTree("{\"sub\":\"" + name255 + "u\"}"))).contains("sub is longer than 255 characters");
        assertThat(check.refusal(json.readTree("{\"upn\":\"" + name255 + "u\"}"))).contains("upn is longer than 255 characters");
        assertThat(check.refusal(json.readTree("{\"partner_id\":\"" + id64 + "p\"}")))
                .contains("partner_id is longer than 64 characters");
    }

    @Test
    void aPartnerIdThatNoProgramCouldNameIsRefused() throws Exception {
        for (String partnerId : new String[] {"\"\"", "\" \"", "\"bank bjb\"", "\"-bank\"", "\"bank/bjb\"", "null"}) {
            assertThat(check.refusal(json.readTree("{\"partner_id\":" + partnerId + "}"))).as(partnerId)
                    .contains("partner_id is not a partner id (letters, digits, dots, underscores or hyphens, from a letter or digit)");
        }
        for (String partnerId : new String[] {"bank-bjb", "lpdb-kumkm", "B", "bank_1.x"}) {
            assertThat(check.refusal(json.readTree("{\"partner_id\":\"" + partnerId + "\"}"))).as(partnerId).isEmpty();
        }
        assertThat(check.refusal(json.readTree("{\"sub\":\"officer@dev\"}"))).as("no partner_id at all").isEmpty();
    }
}
