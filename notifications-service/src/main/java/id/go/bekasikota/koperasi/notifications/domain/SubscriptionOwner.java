package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;

/** Who a subscription belongs to. */
public enum SubscriptionOwner {
    /** A partner bank or fund: receives only events about its own (forwarded) applications. */
    PARTNER,
    /** The office, for a government system (the province's, the ministry's data system). */
    OFFICE;

    /** Whose subscriptions an actor keeps: a partner its own, an officer the office's. */
    public static SubscriptionOwner of(Actor actor) {
        return actor.role() == ActorRole.PARTNER ? PARTNER : OFFICE;
    }

    /**
     * One owner as one text, {@code PARTNER:<partner_id>} or {@code OFFICE:}: what is counted or kept per owner is
     * scoped by it (its active subscriptions, its Idempotency-Keys). A partner id alone would not do: it is any text
     * the identity provider gives, {@code OFFICE} as well.
     */
    public String key(String partnerId) {
        return name() + ":" + (this == PARTNER ? partnerId : "");
    }

    /** The key of the owner an actor writes for ({@link #key}). */
    public static String keyOf(Actor actor) {
        return of(actor).key(actor.partnerId());
    }
}
