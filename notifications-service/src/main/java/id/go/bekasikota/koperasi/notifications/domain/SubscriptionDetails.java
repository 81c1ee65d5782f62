package id.go.bekasikota.koperasi.notifications.domain;

import java.time.Instant;

/**
 * A subscription with what its owner is told about its secrets.
 *
 * @param secretShownOnce         the secret, in the answer that created it only (and its replay); null otherwise
 * @param previousSecretExpiresAt when a rotated-out secret stops signing; null outside an overlap
 */
public record SubscriptionDetails(Subscription subscription, NewSecret secretShownOnce, Instant previousSecretExpiresAt) {
}
