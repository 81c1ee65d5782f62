package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An endpoint that receives the suite's events as signed webhooks: a partner's, or a government
 * system's kept by the office. It owns the endpoint's circuit: after {@code threshold} failures
 * in a row nothing is sent to it for a while, then one delivery probes it.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public SubscriptionOwner owner;
    @Column(name = "partner_id")
    public String partnerId;
    public String url;
    @Column(name = "event_types")
    String eventTypes;
    public String description;
    public boolean active;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;
    @Column(name = "circuit_open_until")
    public Instant circuitOpenUntil;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Who last changed it; null until a change. */
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    /** A partner's subscriptions are its own; the office's are managed by officers. */
    public static Subscription create(Actor actor, String url, List<String> eventTypes, String description, boolean active, Instant now) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.owner = SubscriptionOwner.of(actor);
        s.partnerId = s.owner == SubscriptionOwner.PARTNER ? actor.partnerId() : null;
        s.createdBy = actor.subject();
        s.createdAt = now;
        s.apply(url, eventTypes, description, active, now);
        return s;
    }

    /**
     * A full update by {@code actor}; the same subscription again (a form saved without an edit) changes nothing, not its
     * version either, so another tab's tag is still current.
     *
     * @return whether anything changed
     */
    public boolean change(Actor actor, String url, List<String> eventTypes, String description, boolean active, Instant now) {
        if (url.equals(this.url) && EventTypeFilter.join(eventTypes).equals(this.eventTypes)
                && java.util.Objects.equals(description, this.description) && active == this.active) {
            return false;
        }
        apply(url, eventTypes, description, active, now);
        updatedBy = actor.subject();
        return true;
    }

    private void apply(String url, List<String> eventTypes, String description, boolean active, Instant now) {
        if (!url.equals(this.url)) {
            // A new endpoint starts with a closed circuit.
            closeCircuit();
        }
        this.url = url;
        this.eventTypes = EventTypeFilter.join(eventTypes);
        this.description = description;
        this.active = active;
        this.updatedAt = now;
    }

    public List<String> eventTypes() {
        return EventTypeFilter.split(eventTypes);
    }

    /** The owner as one text ({@link SubscriptionOwner#key}). */
    public String ownerKey() {
        return owner.key(partnerId);
    }

    /**
     * Who sees the subscription, its deliveries and its log: a partner its own; the office every one (DESIGN 7: the
     * auditor reads everything; an officer answering a bank whose webhooks stopped reads its delivery log). The
     * signing secret is never shown again after its creation or rotation, to anyone.
     */
    public boolean visibleTo(Actor actor) {
        return actor.role() == ActorRole.OFFICER || actor.role() == ActorRole.AUDITOR
                || owner == SubscriptionOwner.PARTNER && actor.isPartner(partnerId);
    }

    /** The owner changes it: the partner its own, an officer the office's (a bank's endpoint and secret are the bank's). */
    public boolean manageableBy(Actor actor) {
        return owner == SubscriptionOwner.PARTNER ? actor.isPartner(partnerId) : actor.isOfficer();
    }

    /**
     * Whether an event goes to this subscription: active, of a type it takes, and for a partner
     * only about its own business ({@code partnerAudience}: the partner the event concerns, when
     * it concerns one that may see it).
     */
    public boolean takes(String eventType, String partnerAudience) {
        if (!active || !EventTypeFilter.matches(eventTypes(), eventType)) {
            return false;
        }
        return owner == SubscriptionOwner.OFFICE || partnerId.equals(partnerAudience);
    }

    public boolean circuitOpen(Instant now) {
        return circuitOpenUntil != null && circuitOpenUntil.isAfter(now);
    }

    /** Whether the circuit has tripped (open, or past its open time and waiting for a probe). */
    public boolean tripped(int threshold) {
        return consecutiveFailures >= threshold;
    }

    /** The owner's word that the endpoint works again (a redelivery, a new URL). */
    public void closeCircuit() {
        consecutiveFailures = 0;
        circuitOpenUntil = null;
    }
}
