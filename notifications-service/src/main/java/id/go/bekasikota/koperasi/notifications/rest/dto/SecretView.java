package id.go.bekasikota.koperasi.notifications.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A new signing secret, shown once. */
@Schema(name = "WebhookSecret")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecretView(
        @Schema(maxLength = 50, example = "whsec_5fvg1v6yQSicGhjK0qXZHhpviN3/grflmLbUBgxe7Uw=") String secret,
        @Nullable @Schema(description = "Until then webhooks carry a signature with the previous secret too") Instant previousSecretExpiresAt) {
}
