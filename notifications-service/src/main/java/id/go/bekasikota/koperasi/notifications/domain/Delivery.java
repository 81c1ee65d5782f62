package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One event for one subscription, with its attempts. Its {@code webhookId} is the same on every
 * attempt and every redelivery, so that a receiver can drop duplicates.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    /** The longest event id and type taken ({@code WebhookFanout} dead-letters an event with longer ones). */
    public static final int EVENT_TEXT_LENGTH = 200;
    /** {@code msg_} and the delivery id's 32 hex digits. */
    public static final int WEBHOOK_ID_LENGTH = 36;

    @Id
    public UUID id;
    /** Order of arrival: one subscription's deliveries about one cooperative go out in this order. */
    @Generated(event = EventType.INSERT)
    @Column(insertable = false, updatable = false)
    public Long sequence;
    @Column(name = "webhook_id")
    public String webhookId;
    @Column(name = "subscription_id")
    public UUID subscriptionId;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "ordering_key")
    public String orderingKey;
    public String payload;
    @Enumerated(EnumType.STRING)
    public DeliveryState state;
    public int attempts;
    /** The attempts made before the last redelivery: the retry schedule counts the ones since ({@link #attemptsInBudget}). */
    @Column(name = "attempts_before_redelivery")
    public int attemptsBeforeRedelivery;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "give_up_after")
    public Instant giveUpAfter;
    @Column(name = "leased_until")
    public Instant leasedUntil;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Version
    public long version;

    /**
     * @param orderingKey the record key of the event (the cooperative): deliveries with the same key go out in order
     * @param payload     the exact body to send and sign
     */
    public static Delivery of(UUID subscriptionId, String eventId, String eventType, String orderingKey, String payload,
                              Instant now, Instant giveUpAfter) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.webhookId = "msg_" + d.id.toString().replace("-", "");
        d.subscriptionId = subscriptionId;
        d.eventId = eventId;
        d.eventType = eventType;
        d.orderingKey = orderingKey;
        d.payload = payload;
        d.state = DeliveryState.PENDING;
        d.nextAttemptAt = now;
        d.giveUpAfter = giveUpAfter;
        d.createdAt = now;
        return d;
    }

    /** The receiver answered 2xx. */
    public DeliveryAttempt delivered(Instant at, int status, long latencyMillis, String excerpt) {
        DeliveryAttempt attempt = attempt(at, status, latencyMillis, null, excerpt);
        state = DeliveryState.DELIVERED;
        deliveredAt = at;
        lastError = null;
        return attempt;
    }

    /**
     * The attempt failed (an answer other than 2xx, or none): tried again at {@code retryAt}, or
     * dead when there is none.
     */
    public DeliveryAttempt failed(Instant at, Integer status, long latencyMillis, String error, String excerpt, Optional<Instant> retryAt) {
        DeliveryAttempt attempt = attempt(at, status, latencyMillis, error, excerpt);
        lastError = Problem.clip(error, DeliveryAttempt.ERROR_LENGTH);
        if (retryAt.isPresent()) {
            nextAttemptAt = retryAt.get();
        } else {
            state = DeliveryState.DEAD;
        }
        return attempt;
    }

    /** Sends it again with the same webhook id: a dead one after the endpoint was fixed, or a delivered one the receiver lost. */
    public void redeliver(Instant now, Instant newGiveUpAfter) {
        if (state == DeliveryState.PENDING) {
            throw new IllegalStateException("PENDING");
        }
        state = DeliveryState.PENDING;
        nextAttemptAt = now;
        giveUpAfter = newGiveUpAfter;
        attemptsBeforeRedelivery = attempts;
        leasedUntil = null;
        deliveredAt = null;
    }

    /**
     * The attempts of the current budget: all of them, or those since the last redelivery, which starts the retry
     * schedule again (its first failure waits the schedule's first step, not its longest).
     */
    public int attemptsInBudget() {
        return attempts - attemptsBeforeRedelivery;
    }

    /**
     * When to try again after the attempt that just failed (not yet recorded: {@link #failed} records it), by the
     * schedule counted over the current budget and the receiver's {@code Retry-After}; empty when the budget is spent.
     */
    public Optional<Instant> retryAfterFailure(RetrySchedule schedule, Instant at, double random, Duration retryAfter) {
        return schedule.next(attemptsInBudget() + 1, at, giveUpAfter, random, retryAfter);
    }

    private DeliveryAttempt attempt(Instant at, Integer status, long latencyMillis, String error, String excerpt) {
        attempts++;
        lastStatus = status;
        leasedUntil = null;
        return DeliveryAttempt.of(id, attempts, at, status, latencyMillis, error, excerpt);
    }
}
