package id.go.bekasikota.koperasi.platform.security;

import java.util.Objects;
import java.util.UUID;

/**
 * Who acts, and for whom: the one model of the caller that every service's domain uses. A
 * cooperative's account is bound to its cooperative, a partner's to its partner id. Object-level
 * rules ask this, not the token; {@link Caller#actor()} builds it from the verified token.
 */
public record Actor(String subject, ActorRole role, UUID cooperativeId, String partnerId) {

    /**
     * The longest subject ({@link TokenClaimsCheck} refuses a token whose name claims are longer; Keycloak's
     * user names are at most 255 characters) and partner id; the fields that record them state these bounds.
     */
    public static final int SUBJECT_LENGTH = 255;
    public static final int PARTNER_ID_LENGTH = 64;

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
    }

    /** The service itself, acting for a job: {@code Actor.system("arrears-evaluation")}. */
    public static Actor system(String job) {
        return new Actor(job, ActorRole.SYSTEM, null, null);
    }

    public static Actor officer(String subject) {
        return new Actor(subject, ActorRole.OFFICER, null, null);
    }

    public boolean isOfficer() {
        return role == ActorRole.OFFICER;
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
