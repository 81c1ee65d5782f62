package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An owner as one text: a partner's own, the office's shared by every officer, and no partner id reaching the office's. */
class SubscriptionOwnerTest {

    private static Actor partner(String partnerId) {
        return new Actor("svc-" + partnerId, ActorRole.PARTNER, null, partnerId);
    }

    private static Actor officer(String subject) {
        return new Actor(subject, ActorRole.OFFICER, null, null);
    }

    @Test
    void aPartnerIsItsPartnerIdAndEveryOfficerIsTheOffice() {
        assertThat(SubscriptionOwner.keyOf(partner("bank-bjb"))).isEqualTo("PARTNER:bank-bjb");
        assertThat(SubscriptionOwner.keyOf(officer("siti"))).isEqualTo("OFFICE:");
        assertThat(SubscriptionOwner.keyOf(officer("budi"))).isEqualTo("OFFICE:");
        assertThat(SubscriptionOwner.of(partner("bank-bjb"))).isEqualTo(SubscriptionOwner.PARTNER);
        assertThat(SubscriptionOwner.of(officer("siti"))).isEqualTo(SubscriptionOwner.OFFICE);
    }

    @Test
    void noPartnerIdIsTheOffice() {
        assertThat(SubscriptionOwner.keyOf(partner("OFFICE"))).isEqualTo("PARTNER:OFFICE");
        assertThat(SubscriptionOwner.keyOf(partner("OFFICE:"))).isEqualTo("PARTNER:OFFICE:");
        assertThat(SubscriptionOwner.keyOf(partner(""))).isEqualTo("PARTNER:");
    }

    /** The same text as the lock on an owner's active subscriptions has always been named by. */
    @Test
    void aSubscriptionsOwnerIsTheOwnerOfItsMaker() {
        assertThat(SubscriptionOwner.PARTNER.key("bank-bjb")).isEqualTo("PARTNER:bank-bjb");
        assertThat(SubscriptionOwner.OFFICE.key(null)).isEqualTo("OFFICE:");
    }
}
