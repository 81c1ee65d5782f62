package id.go.bekasikota.koperasi.notifications.rest.dto;

import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.domain.DeliveryAttempt;
import id.go.bekasikota.koperasi.notifications.domain.DeliveryState;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery in the subscription's log; the detail adds the body sent and its latest attempts
 * (at most {@link DeliveryAttempt#LATEST_SHOWN}; {@code attempts} counts them all, and the delivery's
 * {@code /attempts} pages through every one: redeliveries add attempts without end).
 */
@Schema(name = "WebhookDelivery")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        UUID id,
        @Schema(maxLength = Delivery.WEBHOOK_ID_LENGTH, description = "The webhook-id header: the same on every attempt and redelivery", example = "msg_5f0c1d7e9a2b4c3d8e6f7a1b2c3d4e5f") String webhookId,
        @Schema(maxLength = Delivery.EVENT_TEXT_LENGTH, description = "The CloudEvent's id") String eventId,
        @Schema(maxLength = Delivery.EVENT_TEXT_LENGTH, example = "id.go.bekasikota.financing.loan-application.state-changed.v1") String eventType,
        @Schema(implementation = DeliveryState.class, description = "PENDING, DELIVERED or DEAD", example = "DELIVERED") String state,
        @Schema(description = "How many attempts were made, redeliveries' included: all of them are at the delivery's `/attempts`", example = "4") int attempts,
        @Nullable @Schema(description = "The status of the last answer (none when none came)", example = "200") Integer lastStatus,
        @Nullable @Schema(maxLength = DeliveryAttempt.ERROR_LENGTH, description = "Why the last attempt failed, as in `attemptLog`", example = "answered 429, Retry-After 120 s") String lastError,
        Instant createdAt,
        @Nullable @Schema(description = "When the next attempt is due (PENDING only). After a failed attempt: the retry schedule's time "
                + "(by default 5 s, each wait 4 times the one before, at most 12 h, moved by up to 20% either way), or, when later, the time "
                + "the receiver asked for with `Retry-After` on a 429 or 503, counted at most the schedule's longest wait (12 h) from its "
                + "answer; never after `giveUpAfter`, where the last attempt is made") Instant nextAttemptAt,
        @Schema(description = "After this a failed attempt makes the delivery DEAD") Instant giveUpAfter,
        @Nullable Instant deliveredAt,
        @Schema(description = "The body sent (detail only): the CloudEvent in structured JSON", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        @Nullable @JsonRawValue String payload,
        @Nullable @Schema(maxItems = DeliveryAttempt.LATEST_SHOWN, description = "The latest attempts, at most 20, oldest of them first (detail only); "
                + "when `attempts` is more than 20, the earlier ones are at `GET .../deliveries/{deliveryId}/attempts`") List<Attempt> attemptLog) {

    @Schema(name = "WebhookAttempt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(
            int number,
            Instant attemptedAt,
            @Nullable @Schema(description = "The answer's status; none when no answer came (refused, timed out)", example = "500") Integer statusCode,
            @Schema(description = "From sending to the answer", example = "42") long latencyMillis,
            @Nullable @Schema(maxLength = DeliveryAttempt.ERROR_LENGTH, description = "Why the attempt failed (none when it succeeded): "
                    + "`answered 503` for an answer other than 2xx, with the receiver's `Retry-After` in seconds when a 429 or 503 gave one "
                    + "(`answered 429, Retry-After 120 s`: as asked, before the cap of the schedule's longest wait); `no answer within the timeout`, "
                    + "`connection refused`, `not sent: the url ...`", example = "answered 503") String error,
            @Nullable @Schema(maxLength = DeliveryAttempt.EXCERPT_LENGTH, description = "The start of the answer's body (at most 500 characters)") String responseExcerpt) {
    }
}
