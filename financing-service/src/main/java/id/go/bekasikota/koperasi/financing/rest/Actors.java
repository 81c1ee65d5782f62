package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.financing.domain.Actor;
import id.go.bekasikota.koperasi.financing.domain.ActorRole;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of this request as the domain sees it: an officer, an auditor, a partner bound to
 * its {@code partner_id}, or a cooperative bound to its {@code cooperative_id}. A partner or
 * cooperative token without its claim is refused: it could not be scoped.
 */
@RequestScoped
public class Actors {

    private final Caller caller;

    public Actors(Caller caller) {
        this.caller = caller;
    }

    public Actor current() {
        if (caller.isOfficer()) {
            return new Actor(caller.subject(), ActorRole.OFFICER, null, null);
        }
        if (caller.isAuditor()) {
            return new Actor(caller.subject(), ActorRole.AUDITOR, null, null);
        }
        if (caller.is(Roles.PARTNER)) {
            String partnerId = caller.partnerId()
                    .orElseThrow(() -> ProblemException.forbidden("The partner token carries no partner_id claim"));
            return new Actor(caller.subject(), ActorRole.PARTNER, null, partnerId);
        }
        if (caller.is(Roles.COOPERATIVE)) {
            return new Actor(caller.subject(), ActorRole.COOPERATIVE, caller.cooperativeId()
                    .orElseThrow(() -> ProblemException.forbidden("The cooperative token carries no valid cooperative_id claim")),
                    null);
        }
        // Any other caller (e.g. a juror) acts on nothing here.
        return new Actor(caller.subject(), ActorRole.ANONYMOUS, null, null);
    }
}
