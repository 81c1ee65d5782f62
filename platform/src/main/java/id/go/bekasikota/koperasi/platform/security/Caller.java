package id.go.bekasikota.koperasi.platform.security;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, from the verified token: roles, and the partner or cooperative the token is
 * bound to. Object-level rules ("a cooperative only its own records") ask this.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    /**
     * Who calls, as the suite names people and clients: the principal's name, which smallrye-jwt takes from the
     * token's {@code upn} (Keycloak's username; {@code preferred_username}, then {@code sub}, without one). A juror is
     * assigned, and the histories say who acted, by this name.
     */
    public String subject() {
        return anonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /**
     * The caller's role as trails name it: the actor's ({@code officer}, {@code partner}, ...), and {@code system} for another
     * government system's machine client, which the domain treats as no one in particular ({@link #actor()}).
     */
    public String roleName() {
        ActorRole role = actor().role();
        return role == ActorRole.ANONYMOUS && !anonymous() && is(Roles.SYSTEM) ? Roles.SYSTEM : role.label();
    }

    public boolean isOfficer() {
        return is(Roles.OFFICER);
    }

    public boolean isAuditor() {
        return is(Roles.AUDITOR);
    }

    /** Officers and auditors see everything; they are the office. */
    public boolean readsEverything() {
        return isOfficer() || isAuditor();
    }

    public Optional<String> partnerId() {
        return claim(Roles.PARTNER_ID_CLAIM).filter(p -> is(Roles.PARTNER));
    }

    public Optional<UUID> cooperativeId() {
        return claim(Roles.COOPERATIVE_ID_CLAIM).filter(c -> is(Roles.COOPERATIVE)).flatMap(Caller::uuid);
    }

    /** True when the caller is the cooperative's own account. */
    public boolean isCooperative(UUID cooperativeId) {
        return cooperativeId != null && cooperativeId().map(cooperativeId::equals).orElse(false);
    }

    /**
     * The caller as the domain sees it: an officer, an auditor, a juror, a partner bound to its
     * {@code partner_id}, or a cooperative bound to its {@code cooperative_id}. A partner or
     * cooperative token without its claim is refused: it could not be scoped.
     */
    public Actor actor() {
        if (isOfficer()) {
            return new Actor(subject(), ActorRole.OFFICER, null, null);
        }
        if (isAuditor()) {
            return new Actor(subject(), ActorRole.AUDITOR, null, null);
        }
        if (is(Roles.PARTNER)) {
            return new Actor(subject(), ActorRole.PARTNER, null, partnerId()
                    .orElseThrow(() -> ProblemException.forbidden(Text.of("problem.forbidden.no-partner-claim"))));
        }
        if (is(Roles.COOPERATIVE)) {
            return new Actor(subject(), ActorRole.COOPERATIVE, cooperativeId()
                    .orElseThrow(() -> ProblemException.forbidden(Text.of("problem.forbidden.no-cooperative-claim"))),
                    null);
        }
        if (is(Roles.JUROR)) {
            return new Actor(subject(), ActorRole.JUROR, null, null);
        }
        return new Actor(subject(), ActorRole.ANONYMOUS, null, null);
    }

    public void requireCooperativeOrOffice(UUID cooperativeId) {
        if (!readsEverything() && !isCooperative(cooperativeId)) {
            throw ProblemException.forbidden(Text.of("problem.forbidden.office-or-own-cooperative"));
        }
    }

    private Optional<String> claim(String name) {
        if (anonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
