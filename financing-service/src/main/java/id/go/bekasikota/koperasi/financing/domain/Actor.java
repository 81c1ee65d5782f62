package id.go.bekasikota.koperasi.financing.domain;

import java.util.UUID;

/**
 * Who acts, and for whom: a cooperative's account is bound to its cooperative, a partner's to
 * its partner id. Object-level rules ask this, not the token.
 */
public record Actor(String subject, ActorRole role, UUID cooperativeId, String partnerId) {

    public static Actor system() {
        return new Actor("arrears-evaluation", ActorRole.SYSTEM, null, null);
    }

    /** The office (officers and auditors) and the service itself read everything. */
    public boolean readsEverything() {
        return role == ActorRole.OFFICER || role == ActorRole.AUDITOR || role == ActorRole.SYSTEM;
    }

    public boolean isCooperative(UUID cooperative) {
        return role == ActorRole.COOPERATIVE && cooperativeId != null && cooperativeId.equals(cooperative);
    }

    public boolean isPartner(String partner) {
        return role == ActorRole.PARTNER && partnerId != null && partnerId.equals(partner);
    }
}
