package id.go.bekasikota.koperasi.notifications.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A subscription's Standard Webhooks secret ({@code whsec_...}). The current one never expires;
 * a rotation gives the previous one an end, and until then both sign.
 */
@Entity
@Table(name = "signing_secret")
public class SigningSecret extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "subscription_id")
    public UUID subscriptionId;
    public String secret;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;

    public static SigningSecret of(UUID subscriptionId, String secret, Instant now) {
        SigningSecret s = new SigningSecret();
        s.id = UUID.randomUUID();
        s.subscriptionId = subscriptionId;
        s.secret = secret;
        s.createdAt = now;
        return s;
    }

    public boolean validAt(Instant instant) {
        return expiresAt == null || expiresAt.isAfter(instant);
    }

    /** The secrets that sign at {@code instant}, the newest first. */
    public static List<String> signing(List<SigningSecret> secrets, Instant instant) {
        return secrets.stream().filter(s -> s.validAt(instant))
                .sorted(Comparator.comparing((SigningSecret s) -> s.createdAt).reversed()).map(s -> s.secret).toList();
    }
}
