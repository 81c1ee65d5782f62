package id.go.bekasikota.koperasi.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A test holds its token as a real caller does: the same one for the same claims, another for other claims. */
class TokensTest {

    @Test
    void theSameCallerGetsTheTokenItHolds() {
        assertThat(Tokens.officer()).isEqualTo(Tokens.officer());
        UUID cooperative = UUID.randomUUID();
        assertThat(Tokens.cooperative(cooperative)).isEqualTo(Tokens.cooperative(cooperative));
        assertThat(Tokens.juror("juri-1@dev")).isEqualTo(Tokens.juror("juri-1@dev"));
    }

    @Test
    void anotherRoleOrSubjectGetsATokenOfItsOwn() {
        assertThat(Tokens.officer()).isNotEqualTo(Tokens.auditor());
        assertThat(Tokens.juror("juri-1@dev")).isNotEqualTo(Tokens.juror("juri-2@dev"));
        UUID cooperative = UUID.randomUUID();
        String token = Tokens.cooperative(cooperative);
        assertThat(token).isNotEqualTo(Tokens.cooperative(UUID.randomUUID()));
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"koperasi@" + cooperative + "\"", "\"cooperative_id\":\"" + cooperative + "\"",
                "\"groups\":[\"cooperative\"]");
    }
}
