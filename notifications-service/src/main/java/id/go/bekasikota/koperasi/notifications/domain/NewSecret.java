package id.go.bekasikota.koperasi.notifications.domain;

import java.util.UUID;

/**
 * A signing secret just made (by a subscription or a rotation), shown once in the answer: its value, and the id of
 * its {@link SigningSecret}, which a retry of the same request (its Idempotency-Key) keeps in the value's place and
 * reads the value by again.
 */
public record NewSecret(UUID id, String value) {
}
