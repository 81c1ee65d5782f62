package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.util.List;

/**
 * How many active subscriptions one owner (a partner, or the office for its government systems)
 * may hold: {@value #MAX_ACTIVE_PER_OWNER}, enough for each of a bank's systems and environments.
 * Each active subscription is a copy of every event it takes, sent to a URL its owner chose and
 * retried for three days: without a bound, one partner's token could turn each event into
 * thousands of requests at a third party's server (the suite as an amplifier) and fill the
 * delivery queue. Inactive subscriptions send nothing and do not count; activating one is
 * refused as creating an active one is.
 */
public final class EndpointLimit {

    public static final int MAX_ACTIVE_PER_OWNER = 20;

    private EndpointLimit() {
    }

    /**
     * One more subscription may be active beside the owner's {@code active} other ones; otherwise a 422 rule
     * violation saying to deactivate one first.
     */
    public static void requireRoomBeside(long active) {
        if (active >= MAX_ACTIVE_PER_OWNER) {
            throw ProblemException.ruleViolation(Text.of("notifications.subscription.too-many-active", MAX_ACTIVE_PER_OWNER),
                    List.of("The owner has " + active + " active subscriptions; at most " + MAX_ACTIVE_PER_OWNER
                            + " may be active: deactivate one (PUT with active false) before activating another."));
        }
    }
}
