package id.go.bekasikota.koperasi.notifications.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as its owner sees it. The secret is shown once: in the answer that created it. */
@Schema(name = "WebhookSubscription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
        UUID id,
        @Schema(maxLength = 7, description = "PARTNER (a bank's or fund's own) or OFFICE (a government system's, kept by officers)", example = "PARTNER") String owner,
        @Nullable @Schema(maxLength = Actor.PARTNER_ID_LENGTH, example = "bank-bjb") String partnerId,
        @Schema(maxLength = 2000) String url,
        @Schema(maxItems = 50) List<@Size(max = 200) String> eventTypes,
        @Nullable @Schema(maxLength = 200) String description,
        boolean active,
        @Schema(maxLength = 7, description = "CLOSED (sending), OPEN (failing: nothing sent until circuitOpenUntil) or PROBING (the next delivery tests the endpoint)", example = "CLOSED") String circuit,
        int consecutiveFailures,
        @Nullable Instant circuitOpenUntil,
        @Nullable @Schema(maxLength = 50, description = "The signing secret (Standard Webhooks, whsec_ + base64): only in the answer of the creation; keep it safe",
                example = "whsec_5fvg1v6yQSicGhjK0qXZHhpviN3/grflmLbUBgxe7Uw=") String secret,
        @Nullable @Schema(description = "When the previous secret stops signing, during a rotation's overlap") Instant previousSecretExpiresAt,
        @Schema(maxLength = Actor.SUBJECT_LENGTH) String createdBy,
        Instant createdAt,
        @Nullable @Schema(maxLength = Actor.SUBJECT_LENGTH, description = "Who last changed it (URL, event types, description, activity); absent until a change")
        String updatedBy,
        Instant updatedAt,
        @Schema(description = "The version: the ETag's part before the dot, which If-Match compares") long version) {

    /** The same view with {@code secret} as the signing secret (none when null). */
    public SubscriptionView withSecret(String secret) {
        return new SubscriptionView(id, owner, partnerId, url, eventTypes, description, active, circuit, consecutiveFailures,
                circuitOpenUntil, secret, previousSecretExpiresAt, createdBy, createdAt, updatedBy, updatedAt, version);
    }
}
