package id.go.bekasikota.koperasi.notifications.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Which partner, if any, may hear of an event, read from its data and nothing else: an event
 * whose data names a {@code partnerId} concerns that partner's business. When it also names an
 * {@code applicationId}, the partner hears of it only once the application was forwarded to it
 * (the event that moves it {@code toState} FORWARDED, or any after it): drafts and the office's
 * own steps before forwarding stay the office's. An event naming no partner (the register's)
 * concerns none.
 */
public final class PartnerAudience {

    public static final String FORWARDED = "FORWARDED";

    private PartnerAudience() {
    }

    /**
     * @param partnerId        the event data's {@code partnerId}, or null
     * @param applicationId    the event data's {@code applicationId}, or null
     * @param toState          the event data's {@code toState}, or null
     * @param forwardedPartner the partner the application was forwarded to before, if it was
     */
    public static Optional<String> of(String partnerId, UUID applicationId, String toState, Optional<String> forwardedPartner) {
        if (partnerId == null || partnerId.isBlank()) {
            return Optional.empty();
        }
        if (applicationId == null) {
            return Optional.of(partnerId);
        }
        if (FORWARDED.equals(toState) || forwardedPartner.filter(partnerId::equals).isPresent()) {
            return Optional.of(partnerId);
        }
        return Optional.empty();
    }
}
