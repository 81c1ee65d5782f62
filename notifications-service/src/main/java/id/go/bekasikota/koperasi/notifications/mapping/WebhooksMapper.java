package id.go.bekasikota.koperasi.notifications.mapping;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.domain.DeliveryAttempt;
import id.go.bekasikota.koperasi.notifications.domain.DeliveryState;
import id.go.bekasikota.koperasi.notifications.domain.Subscription;
import id.go.bekasikota.koperasi.notifications.domain.SubscriptionChange;
import id.go.bekasikota.koperasi.notifications.domain.SubscriptionDetails;
import id.go.bekasikota.koperasi.notifications.rest.dto.DeliveryView;
import id.go.bekasikota.koperasi.notifications.rest.dto.SubscriptionRequest;
import id.go.bekasikota.koperasi.notifications.rest.dto.SubscriptionView;
import id.go.bekasikota.koperasi.platform.time.Today;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** API model <-> domain for subscriptions and deliveries. */
@ApplicationScoped
public class WebhooksMapper {

    private final WebhooksConfig config;
    private final Today today;

    public WebhooksMapper(WebhooksConfig config, Today today) {
        this.config = config;
        this.today = today;
    }

    public SubscriptionChange toChange(SubscriptionRequest request) {
        return new SubscriptionChange(request.url().strip(), request.eventTypes().stream().map(String::strip).toList(),
                request.description() == null || request.description().isBlank() ? null : request.description().strip(),
                request.active() == null || request.active());
    }

    public SubscriptionView toView(SubscriptionDetails details) {
        Subscription s = details.subscription();
        return new SubscriptionView(s.id, s.owner.name(), s.partnerId, s.url, s.eventTypes(), s.description, s.active, circuit(s),
                s.consecutiveFailures, s.circuitOpenUntil, details.secretShownOnce() == null ? null : details.secretShownOnce().value(),
                details.previousSecretExpiresAt(),
                s.createdBy, s.createdAt, s.updatedBy, s.updatedAt, s.version);
    }

    public DeliveryView toView(Delivery d) {
        return view(d, null, null);
    }

    public DeliveryView toView(Delivery d, List<DeliveryAttempt> attempts) {
        return view(d, d.payload, attempts.stream().map(this::toView).toList());
    }

    public DeliveryView.Attempt toView(DeliveryAttempt a) {
        return new DeliveryView.Attempt(a.number, a.attemptedAt, a.statusCode, a.latencyMillis, a.error, a.responseExcerpt);
    }

    private DeliveryView view(Delivery d, String payload, List<DeliveryView.Attempt> attempts) {
        return new DeliveryView(d.id, d.webhookId, d.eventId, d.eventType, d.state.name(), d.attempts, d.lastStatus, d.lastError,
                d.createdAt, d.state == DeliveryState.PENDING ? d.nextAttemptAt : null, d.giveUpAfter, d.deliveredAt, payload, attempts);
    }

    private String circuit(Subscription s) {
        if (!s.tripped(config.circuit().failures())) {
            return "CLOSED";
        }
        return s.circuitOpen(today.now()) ? "OPEN" : "PROBING";
    }
}
