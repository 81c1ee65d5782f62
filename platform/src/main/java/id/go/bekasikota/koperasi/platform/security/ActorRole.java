package id.go.bekasikota.koperasi.platform.security;

import java.util.Locale;

/** In which capacity someone acts: recorded in histories and events. */
public enum ActorRole {
    OFFICER,
    AUDITOR,
    JUROR,
    COOPERATIVE,
    PARTNER,
    /** The service itself: a daily job (arrears evaluation, standing evaluation). */
    SYSTEM,
    ANONYMOUS;

    /** As in tokens and events: {@code officer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
