package id.go.bekasikota.koperasi.financing.domain;

import java.util.Locale;

/** In which capacity someone acts on a loan application; recorded in the history and the events. */
public enum ActorRole {
    OFFICER,
    AUDITOR,
    COOPERATIVE,
    PARTNER,
    /** The service itself: the daily arrears evaluation. */
    SYSTEM,
    ANONYMOUS;

    /** As in tokens and events: {@code officer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
