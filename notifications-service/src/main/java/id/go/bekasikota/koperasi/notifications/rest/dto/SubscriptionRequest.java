package id.go.bekasikota.koperasi.notifications.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An endpoint and what it takes. The owner is the caller: a partner's own, or (an officer's) the office's. */
@Schema(name = "WebhookSubscriptionRequest")
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Where webhooks are POSTed: https, a host with public addresses only", example = "https://api.bank-bjb.example/koperasi/webhooks")
        String url,
        @NotEmpty @Size(max = 50)
        @Schema(description = "CloudEvents types a webhook carries (docs/webhooks.md lists them; the AsyncAPI document describes "
                + "each), exact or a prefix ending in `.*`, e.g. `id.go.bekasikota.financing.loan-application.*`; a type or prefix "
                + "that no webhook carries (misspelt, or the snapshot topic's) is refused, 400 naming it")
        List<@NotBlank @Size(max = 200) String> eventTypes,
        @Size(max = 200) @Schema(example = "Core banking, production") String description,
        @Schema(description = "Inactive subscriptions keep their pending deliveries until turned on again; default true") Boolean active) {
}
