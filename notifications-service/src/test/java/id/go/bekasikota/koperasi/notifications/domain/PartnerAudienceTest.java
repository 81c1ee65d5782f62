package id.go.bekasikota.koperasi.notifications.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerAudienceTest {

    private static final UUID APPLICATION = UUID.randomUUID();

    @Test
    void anApplicationConcernsItsPartnerFromItsForwardingOn() {
        assertThat(PartnerAudience.of("bank-bjb", APPLICATION, "RECOMMENDED", Optional.empty())).isEmpty();
        assertThat(PartnerAudience.of("bank-bjb", APPLICATION, "FORWARDED", Optional.empty())).contains("bank-bjb");
        assertThat(PartnerAudience.of("bank-bjb", APPLICATION, "APPROVED", Optional.of("bank-bjb"))).contains("bank-bjb");
        assertThat(PartnerAudience.of("bank-bjb", APPLICATION, null, Optional.of("bank-bjb"))).contains("bank-bjb");
    }

    @Test
    void anotherPartnersForwardingOpensNothing() {
        assertThat(PartnerAudience.of("bank-bjb", APPLICATION, "APPROVED", Optional.of("bank-bri"))).isEmpty();
    }

    @Test
    void eventsNamingNoPartnerConcernNone() {
        assertThat(PartnerAudience.of(null, null, null, Optional.empty())).isEmpty();
        assertThat(PartnerAudience.of(" ", APPLICATION, "FORWARDED", Optional.empty())).isEmpty();
        assertThat(PartnerAudience.of("lpdb", null, null, Optional.empty())).contains("lpdb");
    }
}
